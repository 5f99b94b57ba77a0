import { availableParallelism } from 'node:os';
import { AnalysisPool } from '../workers/analysisPool';

/** Below this many files, starting worker threads costs more than it saves. */
const WORKERS_FROM = 40;
/** A command-line run may take more cores than the editor's default. */
const MAX_WORKERS = 8;

/** A file that could not be read or analysed, and why. */
export interface FileError {
	file: string;
	error: string;
}

/**
 * Runs `each` on every file with an analysis pool sized for them (a worker thread per core, up to eight, from
 * 40 files on; this thread for fewer); results come in file order. A file whose `each` throws gets a
 * `FileError` and the others go on. `onDone` is told after each file.
 */
export async function analyzeEachFile<T>(files: readonly string[], each: (file: string, pool: AnalysisPool) => Promise<T>, onDone?: (done: number) => void): Promise<Array<T | FileError>> {
	const pool = new AnalysisPool({ size: files.length >= WORKERS_FROM ? Math.min(MAX_WORKERS, availableParallelism()) : 0 });
	let done = 0;
	try {
		return await Promise.all(
			files.map(async (file) => {
				try {
					return await each(file, pool);
				} catch (error) {
					return { file, error: `${file}: ${(error as Error).message}` };
				} finally {
					onDone?.(++done);
				}
			}),
		);
	} finally {
		pool.dispose();
	}
}
