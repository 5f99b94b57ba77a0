import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeArticle, type AnalyzeOptions, type ArticleAnalysis, type RegistryActor } from '../analysis';
import { REGISTRIES_KEPT, type AnalysisReply, type AnalysisRequest } from './analysisMessages';

/**
 * Texts a worker holds at once: one analysed, the others waiting, so it never idles while the calling
 * thread is busy (reading the next files, say) and cannot take its answer at once.
 */
const IN_FLIGHT_PER_WORKER = 4;
/** Workers that failed before the pool stops starting new ones and analyses in this thread. */
const FAILURES_TOLERATED = 3;

export interface AnalysisPoolOptions {
	/** Worker threads at most; 0 analyses in the calling thread. Default: one per core, up to four. */
	size?: number;
	/** The worker script; default `analysisWorker.js` beside this module (the bundle's or tsc's output). */
	script?: string;
	/** Idle workers stop after this long (their warmed-up code goes with them). */
	idleMs?: number;
}

interface Job {
	id: number;
	text: string;
	options: AnalyzeOptions;
	resolve: (analysis: ArticleAnalysis) => void;
	reject: (error: Error) => void;
}

interface PoolWorker {
	worker: Worker;
	inFlight: Map<number, Job>;
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
	/** Whether texts go to workers at all: a size above 0 and the worker script present (checked once). */
	readonly #usesWorkers: boolean;
	readonly #script: string;
	readonly #idleMs: number;
	readonly #queue: Job[] = [];
	readonly #workers: PoolWorker[] = [];
	readonly #registryIds = new WeakMap<readonly RegistryActor[], number>();
	#nextRegistryId = 1;
	#nextJobId = 1;
	#failures = 0;
	#idleTimer: NodeJS.Timeout | undefined;
	#closed = false;

	constructor(options: AnalysisPoolOptions = {}) {
		this.#script = options.script ?? path.join(__dirname, 'analysisWorker.js');
		this.#size = options.size ?? Math.min(4, availableParallelism());
		this.#usesWorkers = this.#size > 0 && existsSync(this.#script);
		this.#idleMs = options.idleMs ?? 30_000;
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
		return new Promise((resolve, reject) => {
			this.#queue.push({ id: this.#nextJobId++, text, options, resolve, reject });
			this.#dispatch();
		});
	}

	/** Stops every worker; texts not yet analysed are rejected. */
	dispose(): void {
		this.#closed = true;
		clearTimeout(this.#idleTimer);
		const pending = [...this.#queue.splice(0), ...this.#workers.flatMap((entry) => [...entry.inFlight.values()])];
		for (const entry of this.#workers.splice(0)) void entry.worker.terminate();
		for (const job of pending) job.reject(new Error('the analysis pool was closed'));
	}

	#inThread(): boolean {
		return !this.#usesWorkers || this.#failures >= FAILURES_TOLERATED;
	}

	#dispatch(): void {
		while (this.#queue.length > 0) {
			const entry = this.#leastBusy();
			if (!entry) break;
			this.#send(entry, this.#queue.shift() as Job);
		}
	}

	/** The worker with room for another text, starting one while the pool is below its size. */
	#leastBusy(): PoolWorker | undefined {
		let best: PoolWorker | undefined;
		for (const entry of this.#workers) if (entry.inFlight.size < IN_FLIGHT_PER_WORKER && (!best || entry.inFlight.size < best.inFlight.size)) best = entry;
		if (best?.inFlight.size === 0 || this.#workers.length >= this.#size) return best;
		return this.#start();
	}

	#start(): PoolWorker {
		const entry: PoolWorker = { worker: new Worker(this.#script), inFlight: new Map(), registries: [] };
		entry.worker.on('message', (reply: AnalysisReply) => this.#settle(entry, reply));
		entry.worker.on('error', () => this.#fail(entry));
		entry.worker.on('exit', () => this.#fail(entry));
		this.#workers.push(entry);
		return entry;
	}

	#send(entry: PoolWorker, job: Job): void {
		const registry = job.options.registry ?? [];
		const registryId = registry.length === 0 ? 0 : this.#registryId(registry);
		const known = registryId === 0 || entry.registries.includes(registryId);
		if (!known) {
			entry.registries.push(registryId);
			if (entry.registries.length > REGISTRIES_KEPT) entry.registries.shift();
		}
		const request: AnalysisRequest = { id: job.id, text: job.text, referenceDate: job.options.referenceDate, registryId, registry: known ? undefined : registry };
		entry.inFlight.set(job.id, job);
		// A busy worker keeps the process alive; an idle one must not (a command-line run ends when done).
		entry.worker.ref();
		entry.worker.postMessage(request);
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
		const job = entry.inFlight.get(reply.id);
		if (!job) return;
		entry.inFlight.delete(reply.id);
		if (entry.inFlight.size === 0) entry.worker.unref();
		job.resolve(JSON.parse(reply.analysisJson) as ArticleAnalysis);
		this.#dispatch();
		if (this.#queue.length === 0 && this.#workers.every((worker) => worker.inFlight.size === 0)) this.#stopWhenIdle();
	}

	/** A worker died: its texts are analysed here, and the pool goes on with the others. */
	#fail(entry: PoolWorker): void {
		const at = this.#workers.indexOf(entry);
		if (at < 0) return;
		this.#workers.splice(at, 1);
		if (this.#closed) return;
		this.#failures++;
		void entry.worker.terminate();
		for (const job of entry.inFlight.values()) job.resolve(analyzeArticle(job.text, job.options));
		if (this.#inThread()) for (const job of this.#queue.splice(0)) job.resolve(analyzeArticle(job.text, job.options));
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
