import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleExport, BuildOptions } from '../export';
import { readArticleExport } from './readArticleExport';

/** One file read and analysed, or why it could not be. */
export type ArticleRead = { index: number; article: ArticleExport } | { index: number; error: string };
/** What a worker posts: the article as JSON text. */
export type WorkerRead = { index: number; articleJson: string } | { index: number; error: string };

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_FROM = 40;
const MAX_WORKERS = 8;

/**
 * Reads and analyses the files, on worker threads (one per core, up to eight) when there are many and the
 * worker script is beside this one; results come back in file order. `onRead` is told after each file.
 */
export async function readArticles(files: readonly string[], options: BuildOptions, onRead?: (done: number) => void): Promise<ArticleRead[]> {
	const workerScript = path.join(__dirname, 'exportWorker.js');
	const workers = Math.min(MAX_WORKERS, availableParallelism(), Math.ceil(files.length / (PARALLEL_FROM / 2)));
	const results: ArticleRead[] = [];
	let done = 0;
	const record = (result: ArticleRead) => {
		results[result.index] = result;
		onRead?.(++done);
	};
	if (files.length < PARALLEL_FROM || workers < 2 || !existsSync(workerScript)) {
		for (const [index, file] of files.entries()) {
			try {
				record({ index, article: readArticleExport(file, options) });
			} catch (error) {
				record({ index, error: `${file}: ${(error as Error).message}` });
			}
		}
		return results;
	}
	const shares = Array.from({ length: workers }, (_, worker) => files.flatMap((file, index) => (index % workers === worker ? [{ index, file }] : [])));
	await Promise.all(shares.map((share) => runWorker(workerScript, share, options, record)));
	return results;
}

function runWorker(script: string, files: Array<{ index: number; file: string }>, options: BuildOptions, record: (result: ArticleRead) => void): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(script, { workerData: { files, options } });
		worker.on('message', (read: WorkerRead) => record('articleJson' in read ? { index: read.index, article: JSON.parse(read.articleJson) as ArticleExport } : read));
		worker.on('error', reject);
		worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`an export worker stopped with exit code ${code}`))));
	});
}
