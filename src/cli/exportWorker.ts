/**
 * Worker thread of the command-line export: reads and analyses its share of the files, posting each result.
 * An article goes as JSON text: cloning a string and parsing it costs far less than the structured clone of
 * its object graph.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { BuildOptions } from '../export';
import type { WorkerRead } from './parallelRead';
import { readArticleExport } from './readArticleExport';

interface ExportWorkerData {
	files: Array<{ index: number; file: string }>;
	options: BuildOptions;
}

function run({ files, options }: ExportWorkerData): void {
	for (const { index, file } of files) {
		let result: WorkerRead;
		try {
			result = { index, articleJson: JSON.stringify(readArticleExport(file, options)) };
		} catch (error) {
			result = { index, error: `${file}: ${(error as Error).message}` };
		}
		parentPort?.postMessage(result);
	}
}

run(workerData as ExportWorkerData);
