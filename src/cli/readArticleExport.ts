import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseSidecar } from '../annotations/sidecarFormat';
import { sidecarPathFor } from '../annotations/sidecarPaths';
import type { Sidecar } from '../annotations/sidecarSchema';
import { buildArticleExport, type ArticleExport, type BuildOptions } from '../export';
import { readArticleFile } from './readArticleFile';

/** Reads an article and its sidecar (`<file>.annotations.json` beside it, when present) and analyses it for export. */
export function readArticleExport(file: string, options: BuildOptions): ArticleExport {
	const text = readArticleFile(file);
	return buildArticleExport(file.split(path.sep).join('/'), text, readSidecarOf(file), options);
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
