import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeArticle, articleBody, joinAnalysis, referenceDateOf, type AnalyzeOptions, type ArticleAnalysis, type RegistryActor } from '../analysis';
import { analyzeHalf, REGISTRIES_KEPT, type AnalysisHalf, type AnalysisReply, type AnalysisTask } from './analysisMessages';

/**
 * Texts a worker holds at once: one batch analysed, another waiting, so it never idles while the calling
 * thread is busy (reading the next files, say) and cannot take its answer at once.
 */
const IN_FLIGHT_PER_WORKER = 8;
/** Texts sent, and answered, in one message at most. */
const BATCH = IN_FLIGHT_PER_WORKER / 2;
const ANALYSIS_HALVES: readonly AnalysisHalf[] = ['whole', 'names', 'dates'];
/** Workers that failed before the pool stops starting new ones and analyses in this thread. */
const FAILURES_TOLERATED = 3;

export interface AnalysisPoolOptions {
	/** Worker threads at most; 0 analyses in the calling thread. Default: one per core, up to four. */
	size?: number;
	/** The worker script; default `analysisWorker.js` beside this module (the bundle's or tsc's output). */
	script?: string;
	/** Idle workers stop after this long (their warmed-up code goes with them). */
	idleMs?: number;
	/**
	 * Analyse the names (actors, quotes) and the dates of each text on different workers, when there are two or
	 * more: each worker warms up only its half of the analysis, so a short run of fresh workers ends sooner.
	 */
	halvesApart?: boolean;
}

/** A text being analysed: its halves' results come in until none is missing. */
interface Job {
	body: string;
	referenceDate: string | null;
	registry: readonly RegistryActor[];
	halves: Partial<Record<AnalysisHalf, unknown>>;
	missing: number;
	resolve: (analysis: ArticleAnalysis) => void;
	reject: (error: Error) => void;
}

/** What one worker is asked: a half of a job, or all of it. */
interface Task {
	id: number;
	half: AnalysisHalf;
	job: Job;
}

interface PoolWorker {
	worker: Worker;
	half: AnalysisHalf;
	inFlight: Map<number, Task>;
	/** Registry ids this worker keeps, oldest first, as its own map evicts them. */
	registries: number[];
}

/**
 * Analyses texts on worker threads, so many articles (an export, the workspace index) use every core and
 * leave the calling thread free. Workers start on demand and stop when idle; a worker that dies has its
 * texts analysed in the calling thread, so no text is ever lost. Results equal `analyzeArticle`'s.
 */
export class AnalysisPool {
	readonly #size: number;
	/** What each worker the pool may start analyses, by its place in the pool. */
	readonly #halves: AnalysisHalf[];
	/** Whether texts go to workers at all: a size above 0 and the worker script present (checked once). */
	readonly #usesWorkers: boolean;
	readonly #script: string;
	readonly #idleMs: number;
	/** Tasks waiting for a worker, by the half they ask for. */
	readonly #queues: Record<AnalysisHalf, Task[]> = { whole: [], names: [], dates: [] };
	readonly #workers: PoolWorker[] = [];
	readonly #registryIds = new WeakMap<readonly RegistryActor[], number>();
	#nextRegistryId = 1;
	#nextTaskId = 1;
	#failures = 0;
	#idleTimer: NodeJS.Timeout | undefined;
	#closed = false;
	#dispatchScheduled = false;

	constructor(options: AnalysisPoolOptions = {}) {
		this.#script = options.script ?? path.join(__dirname, 'analysisWorker.js');
		this.#size = options.size ?? Math.min(4, availableParallelism());
		this.#usesWorkers = this.#size > 0 && existsSync(this.#script);
		this.#idleMs = options.idleMs ?? 30_000;
		this.#halves = options.halvesApart && this.#size >= 2 ? halvesFor(this.#size) : Array<AnalysisHalf>(this.#size).fill('whole');
	}

	/** How many texts can be analysed at once. */
	get parallelism(): number {
		return this.#inThread() ? 1 : this.#size;
	}

	/** How many texts the pool keeps its threads busy with: callers that feed it a few at a time give it this many. */
	get capacity(): number {
		return this.#inThread() ? 1 : this.#size * IN_FLIGHT_PER_WORKER;
	}

	/** The analysis of `text`, as `analyzeArticle(text, options)` gives it. */
	analyze(text: string, options: AnalyzeOptions = {}): Promise<ArticleAnalysis> {
		if (this.#closed) return Promise.reject(new Error('the analysis pool is closed'));
		if (this.#inThread()) return Promise.resolve(analyzeArticle(text, options));
		clearTimeout(this.#idleTimer);
		const body = articleBody(text);
		const halves: AnalysisHalf[] = this.#halves.includes('whole') ? ['whole'] : ['names', 'dates'];
		return new Promise((resolve, reject) => {
			const job: Job = { body, referenceDate: referenceDateOf(body, options), registry: options.registry ?? [], halves: {}, missing: halves.length, resolve, reject };
			for (const half of halves) this.#queues[half].push({ id: this.#nextTaskId++, half, job });
			this.#dispatchSoon();
		});
	}

	/** Stops every worker; texts not yet analysed are rejected. */
	dispose(): void {
		this.#closed = true;
		clearTimeout(this.#idleTimer);
		const pending = [...this.#takeQueued(), ...this.#workers.flatMap((entry) => [...entry.inFlight.values()])];
		for (const entry of this.#workers.splice(0)) void entry.worker.terminate();
		for (const task of pending) task.job.reject(new Error('the analysis pool was closed'));
	}

	#inThread(): boolean {
		return !this.#usesWorkers || this.#failures >= FAILURES_TOLERATED;
	}

	/** Dispatches once the texts asked for in this turn of the event loop are queued, so they go in batches. */
	#dispatchSoon(): void {
		if (this.#dispatchScheduled) return;
		this.#dispatchScheduled = true;
		setImmediate(() => {
			this.#dispatchScheduled = false;
			if (!this.#closed) this.#dispatch();
		});
	}

	#dispatch(): void {
		for (const half of ANALYSIS_HALVES) {
			const queue = this.#queues[half];
			while (queue.length > 0) {
				const entry = this.#leastBusy(half);
				if (!entry) break;
				this.#send(entry, queue.splice(0, Math.min(BATCH, IN_FLIGHT_PER_WORKER - entry.inFlight.size)));
			}
		}
	}

	/** Every task still waiting for a worker, taken off the queues. */
	#takeQueued(): Task[] {
		return ANALYSIS_HALVES.flatMap((half) => this.#queues[half].splice(0));
	}

	/** The worker for `half` with room for another text, starting one while the pool has fewer than planned. */
	#leastBusy(half: AnalysisHalf): PoolWorker | undefined {
		let best: PoolWorker | undefined;
		let started = 0;
		for (const entry of this.#workers) {
			if (entry.half !== half) continue;
			started++;
			if (entry.inFlight.size < IN_FLIGHT_PER_WORKER && (!best || entry.inFlight.size < best.inFlight.size)) best = entry;
		}
		if (best?.inFlight.size === 0 || started >= this.#halves.filter((planned) => planned === half).length) return best;
		return this.#start(half);
	}

	#start(half: AnalysisHalf): PoolWorker {
		const entry: PoolWorker = { worker: new Worker(this.#script), half, inFlight: new Map(), registries: [] };
		entry.worker.on('message', (reply: AnalysisReply) => this.#settle(entry, reply));
		entry.worker.on('error', () => this.#fail(entry));
		entry.worker.on('exit', () => this.#fail(entry));
		this.#workers.push(entry);
		return entry;
	}

	#send(entry: PoolWorker, tasks: Task[]): void {
		const sent = tasks.map((task): AnalysisTask => {
			entry.inFlight.set(task.id, task);
			// The dates half reads no registry.
			const registry = task.half === 'dates' ? [] : task.job.registry;
			const registryId = registry.length === 0 ? 0 : this.#registryId(registry);
			const known = registryId === 0 || entry.registries.includes(registryId);
			if (!known) {
				entry.registries.push(registryId);
				if (entry.registries.length > REGISTRIES_KEPT) entry.registries.shift();
			}
			return { id: task.id, half: task.half, body: task.job.body, referenceDate: task.job.referenceDate, registryId, registry: known ? undefined : registry };
		});
		// A busy worker keeps the process alive; an idle one must not (a command-line run ends when done).
		entry.worker.ref();
		entry.worker.postMessage({ tasks: sent });
	}

	#registryId(registry: readonly RegistryActor[]): number {
		let id = this.#registryIds.get(registry);
		if (id === undefined) {
			id = this.#nextRegistryId++;
			this.#registryIds.set(registry, id);
		}
		return id;
	}

	#settle(entry: PoolWorker, reply: AnalysisReply): void {
		const results = JSON.parse(reply.resultsJson) as unknown[];
		reply.ids.forEach((id, index) => {
			const task = entry.inFlight.get(id);
			if (!task) return;
			entry.inFlight.delete(id);
			finish(task, results[index]);
		});
		if (entry.inFlight.size === 0) entry.worker.unref();
		this.#dispatchSoon();
		if (ANALYSIS_HALVES.every((half) => this.#queues[half].length === 0) && this.#workers.every((worker) => worker.inFlight.size === 0)) this.#stopWhenIdle();
	}

	/** A worker died: its texts are analysed here, and the pool goes on with the others. */
	#fail(entry: PoolWorker): void {
		const at = this.#workers.indexOf(entry);
		if (at < 0) return;
		this.#workers.splice(at, 1);
		if (this.#closed) return;
		this.#failures++;
		void entry.worker.terminate();
		for (const task of entry.inFlight.values()) runHere(task);
		if (this.#inThread()) for (const task of this.#takeQueued()) runHere(task);
		else this.#dispatch();
	}

	#stopWhenIdle(): void {
		clearTimeout(this.#idleTimer);
		this.#idleTimer = setTimeout(() => {
			for (const entry of this.#workers.splice(0)) void entry.worker.terminate();
		}, this.#idleMs);
		this.#idleTimer.unref();
	}
}

/** Workers for the halves apart: about three names workers for two dates workers, the dates being the lighter half. */
function halvesFor(size: number): AnalysisHalf[] {
	const dates = Math.max(1, Math.floor((size * 2) / 5));
	return [...Array<AnalysisHalf>(size - dates).fill('names'), ...Array<AnalysisHalf>(dates).fill('dates')];
}

function runHere(task: Task): void {
	finish(task, analyzeHalf(task.half, task.job.body, task.job.referenceDate, task.half === 'dates' ? [] : task.job.registry));
}

/** Records a task's result, and resolves its job once no half is missing. */
function finish(task: Task, result: unknown): void {
	const { job } = task;
	job.halves[task.half] = result;
	if (--job.missing > 0) return;
	const { whole, names, dates } = job.halves;
	job.resolve((whole as ArticleAnalysis | undefined) ?? joinAnalysis(job.referenceDate, names as Pick<ArticleAnalysis, 'actors' | 'quotes'>, dates as ArticleAnalysis['dates']));
}
