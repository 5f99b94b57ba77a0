import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { stripByteOrderMark } from '../analysis/text';
import { parseSidecar } from '../annotations/sidecarFormat';
import { sidecarPathFor } from '../annotations/sidecarPaths';
import type { Sidecar } from '../annotations/sidecarSchema';
import { exportAnalysisOptions, type ArticleExport, type BuildOptions } from '../export';
import type { AnalysisPool } from '../workers/analysisPool';
import { readArticleFile } from './readArticleFile';

/**
 * Reads an article and its sidecar (`<file>.annotations.json` beside it, when present) and has the pool
 * analyse it for export, as `buildArticleExport` would.
 */
export async function readArticleExport(file: string, options: BuildOptions, pool: AnalysisPool): Promise<ArticleExport> {
	const text = stripByteOrderMark(readArticleFile(file));
	const sidecar = readSidecarOf(file);
	const analysis = await pool.analyze(text, exportAnalysisOptions(sidecar, options));
	return { file: file.split(path.sep).join('/'), text, analysis, sidecar };
}

function readSidecarOf(file: string): Sidecar | null {
	const sidecarFile = sidecarPathFor(file);
	let text: string;
	try {
		text = readFileSync(sidecarFile, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw new Error(`cannot read its sidecar ${sidecarFile} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
	return parseSidecar(sidecarFile, text).sidecar;
}
