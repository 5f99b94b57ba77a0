/** Workspace index: indexing throughput and heap for 10,000 generated articles, and the pure part of a tree refresh after an edit. */
import * as path from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../../src/analysis';
import { changedGroups, Outline, summarizeArticle, WorkspaceIndex, type OutlineNode } from '../../src/index';
import { AnalysisPool } from '../../src/workers/analysisPool';
import type { Figure } from './measure';
import { generateArticles, loadSamples } from './generateCorpus';

const ARTICLES = 10_000;
/** Articles are generated in batches so only the index, not the texts, is left in the heap. */
const BATCH = 500;

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Median CPU milliseconds of `run` (user and system time of this process). On a shared machine the wall
 * clock also counts the time other processes hold the cores; the CPU time is what the work costs.
 */
function medianCpuMs(run: () => unknown, repeats: number, warmups: number): number {
	for (let i = 0; i < warmups; i++) run();
	const times: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const started = process.cpuUsage();
		run();
		const { user, system } = process.cpuUsage(started);
		times.push((user + system) / 1000);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

interface IndexBuild {
	index: WorkspaceIndex;
	bytes: number;
	/** Wall clock of the analysis and indexing, article generation left out. */
	wallMs: number;
	/** CPU time of every thread of the process (the pool's workers included) over the same spans. */
	cpuMs: number;
	/** CPU time of summarising and storing, in this thread. */
	indexCpuMs: number;
}

const cpuMsSince = (started: NodeJS.CpuUsage) => {
	const { user, system } = process.cpuUsage(started);
	return (user + system) / 1000;
};

/** Builds the index of `count` generated articles as the extension does: analysed on the pool's worker threads, summarised here. */
async function buildIndex(count: number, pool: AnalysisPool): Promise<IndexBuild> {
	const build: IndexBuild = { index: new WorkspaceIndex(), bytes: 0, wallMs: 0, cpuMs: 0, indexCpuMs: 0 };
	for (let first = 0; first < count; first += BATCH) {
		const texts = generateArticles(Math.min(BATCH, count - first), 4000, 1 + first);
		const started = performance.now();
		const cpuStarted = process.cpuUsage();
		await Promise.all(
			texts.map(async (text, offset) => {
				build.bytes += Buffer.byteLength(text, 'utf8');
				const analysis = await pool.analyze(text);
				const indexStarted = process.cpuUsage();
				build.index.set(summarizeArticle(`file:///bench/article-${first + offset}.txt`, analysis, [], build.index.pool));
				build.indexCpuMs += cpuMsSince(indexStarted);
			}),
		);
		build.wallMs += performance.now() - started;
		build.cpuMs += cpuMsSince(cpuStarted);
	}
	return build;
}

/** Every node of the outline under `nodes`, as the view would ask for them when all is expanded. */
function expandAll(outline: Outline, nodes: OutlineNode[]): number {
	return nodes.reduce((count, node) => count + 1 + expandAll(outline, outline.children(node)), 0);
}

/** An edit in the middle of the article: a sentence with a name, a quote and a date inserted at a paragraph break. */
function edited(text: string): string {
	const at = text.indexOf('\n\n', text.length / 2);
	const insertion = '\n\nThe minister Sergei Lavrov said on Tuesday: “We will answer within a week.”';
	return at < 0 ? text + insertion : text.slice(0, at) + insertion + text.slice(at);
}

export async function benchIndex(): Promise<Figure[]> {
	gc();
	const heapBefore = process.memoryUsage().heapUsed;
	const pool = new AnalysisPool({ script: path.resolve(__dirname, '../../../dist/analysisWorker.js') });
	const { index, bytes, wallMs, cpuMs, indexCpuMs } = await buildIndex(ARTICLES, pool);
	pool.dispose();
	gc();
	const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
	const megabytes = bytes / 1024 / 1024;

	const typical = loadSamples().reduce((best, text) => (Math.abs(text.length - 5000) < Math.abs(best.length - 5000) ? text : best));
	const uri = 'file:///bench/article-0.txt';
	const before = new Outline([summarizeArticle(uri, analyzeArticle(typical), [])], 'article');
	expandAll(before, before.roots());
	const changedText = edited(typical);
	let analysis: ArticleAnalysis | undefined;
	const articleRefreshMs = medianCpuMs(() => {
		analysis = analyzeArticle(changedText);
		const after = new Outline([summarizeArticle(uri, analysis, [])], 'article');
		const changed = changedGroups(before, after);
		expandAll(after, changed === 'all' ? after.roots() : changed);
	}, 50, 5);
	const outlineOnlyMs = medianCpuMs(() => {
		const after = new Outline([summarizeArticle(uri, analysis as ArticleAnalysis, [])], 'article');
		const changed = changedGroups(before, after);
		expandAll(after, changed === 'all' ? after.roots() : changed);
	}, 50, 5);
	const workspaceRefreshMs = medianCpuMs(() => {
		index.set(summarizeArticle(uri, analysis as ArticleAnalysis, [], index.pool));
		const outline = new Outline(index.filter(), 'workspace');
		outline.roots();
	}, 10, 2);
	const lavrovQuotesMs = medianCpuMs(() => index.quotesOf('Sergei Lavrov'), 20, 2);

	return [
		{ name: `indexing ${ARTICLES} generated articles (${megabytes.toFixed(1)} MB), analysis on ${pool.parallelism} worker threads, wall clock`, value: megabytes / (wallMs / 1000), unit: 'MB/s', target: '>= 5' },
		{ name: 'indexing, analysis on worker threads, wall clock', value: ARTICLES / (wallMs / 1000), unit: 'articles/s' },
		{ name: 'indexing: MB per CPU second, every thread counted', value: megabytes / (cpuMs / 1000), unit: 'MB/s' },
		{ name: 'indexing, the index alone (summarise and store), CPU time', value: megabytes / (indexCpuMs / 1000), unit: 'MB/s' },
		{ name: `heap held by the index of ${ARTICLES} articles`, value: heapMb, unit: 'MB', target: '< 300' },
		{ name: 'tree refresh after an edit: analysis, outline, changed groups expanded (median CPU)', value: articleRefreshMs, unit: 'ms', target: '< 100' },
		{ name: 'tree refresh after an edit: outline and changed groups only (median CPU)', value: outlineOnlyMs, unit: 'ms' },
		{ name: `workspace scope roots after an edit, ${ARTICLES} articles (median CPU)`, value: workspaceRefreshMs, unit: 'ms' },
		{ name: `every quote of one actor across ${ARTICLES} articles (median CPU)`, value: lavrovQuotesMs, unit: 'ms' },
	];
}
