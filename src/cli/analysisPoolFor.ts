import { availableParallelism } from 'node:os';
import { AnalysisPool } from '../workers/analysisPool';

/** Below this many files, starting worker threads costs more than it saves. */
const WORKERS_FROM = 40;
/** A command-line run may take more cores than the editor's default. */
const MAX_WORKERS = 8;

/** The pool a command analyses `fileCount` files with: a worker thread per core for many files, this thread for a few. */
export function analysisPoolFor(fileCount: number): AnalysisPool {
	return new AnalysisPool({ size: fileCount >= WORKERS_FROM ? Math.min(MAX_WORKERS, availableParallelism()) : 0 });
}
