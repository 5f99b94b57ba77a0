import { availableParallelism } from 'node:os';
import { inLanes } from '../shared/inLanes';
import { AnalysisPool } from '../workers/analysisPool';

/** Below this many files, starting worker threads costs more than it saves. */
const WORKERS_FROM = 40;
/** A command-line run may take more cores than the editor's default. */
const MAX_WORKERS = 8;

/**
 * Worker threads for a run: a fresh worker pays V8's warm-up (interpreting, then compiling the analysis) anew,
 * so the names and the dates of each text go to different workers, each warming up only its half; one core
 * beyond two is left to this thread, which reads the files and writes the output meanwhile.
 */
const workerCount = () => Math.max(2, Math.min(MAX_WORKERS, availableParallelism() - 1));

/** A file that could not be read or analysed, and why. */
export interface FileError {
	file: string;
	error: string;
}

/**
 * Runs `each` on every file with an analysis pool sized for them (worker threads from 40 files on, the
 * halves of each analysis apart; this thread for fewer); results come in file order. A file whose `each` throws gets a
 * `FileError` and the others go on. `onResult` is told each file's result as it comes (not in file order),
 * with its index and how many files are done.
 */
export async function analyzeEachFile<T>(
	files: readonly string[],
	each: (file: string, pool: AnalysisPool) => Promise<T>,
	onResult?: (result: T | FileError, index: number, done: number) => void,
): Promise<Array<T | FileError>> {
	const pool = new AnalysisPool({ size: files.length >= WORKERS_FROM ? workerCount() : 0, halvesApart: true });
	const results: Array<T | FileError> = new Array(files.length);
	let done = 0;
	try {
		// A file is read only when its turn comes, so this thread goes on feeding the workers and writing
		// results, and holds only the texts in flight.
		await inLanes(files.length, pool.capacity, async (index) => {
			const file = files[index];
			try {
				results[index] = await each(file, pool);
			} catch (error) {
				results[index] = { file, error: `${file}: ${(error as Error).message}` };
			}
			onResult?.(results[index], index, ++done);
		});
		return results;
	} finally {
		pool.dispose();
	}
}
