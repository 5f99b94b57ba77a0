/** Worker thread of the command-line export: reads and analyses its share of the files, posting each result. */
import { parentPort, workerData } from 'node:worker_threads';
import type { BuildOptions } from '../export';
import type { ArticleRead } from './parallelRead';
import { readArticleExport } from './readArticleExport';

interface ExportWorkerData {
	files: Array<{ index: number; file: string }>;
	options: BuildOptions;
}

async function run({ files, options }: ExportWorkerData): Promise<void> {
	for (const { index, file } of files) {
		let result: ArticleRead;
		try {
			result = { index, article: await readArticleExport(file, options) };
		} catch (error) {
			result = { index, error: `${file}: ${(error as Error).message}` };
		}
		parentPort?.postMessage(result);
	}
}

void run(workerData as ExportWorkerData);
