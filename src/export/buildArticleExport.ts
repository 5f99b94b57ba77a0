import { analyzeArticle, type RegistryActor } from '../analysis';
import { stripByteOrderMark } from '../analysis/text';
import type { Sidecar } from '../annotations/sidecarSchema';
import type { ArticleExport } from './articleExport';

export interface BuildOptions {
	/** Reference date for articles with neither dateline nor a date in their sidecar. */
	referenceDate?: string;
	registry?: readonly RegistryActor[];
}

/**
 * Analyses an article for export as the editor shows it: the sidecar's reference date and actor corrections
 * count (after the registry, so they win), and the text is taken without its byte-order mark.
 */
export function buildArticleExport(file: string, text: string, sidecar: Sidecar | null, options: BuildOptions = {}): ArticleExport {
	const body = stripByteOrderMark(text);
	const analysis = analyzeArticle(body, {
		referenceDate: sidecar?.referenceDate ?? options.referenceDate,
		registry: [...(options.registry ?? []), ...(sidecar?.actorCorrections ?? [])],
	});
	return { file, text: body, analysis, sidecar };
}
