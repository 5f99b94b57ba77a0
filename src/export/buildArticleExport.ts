import { analyzeArticle, type AnalyzeOptions, type RegistryActor } from '../analysis';
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
	return { file, text: body, analysis: analyzeArticle(body, exportAnalysisOptions(sidecar, options)), sidecar };
}

/**
 * The analysis options of an article's export. Without actor corrections the registry is passed as given,
 * the same array for every article (an analysis pool sends each registry to a worker once).
 */
export function exportAnalysisOptions(sidecar: Sidecar | null, options: BuildOptions): AnalyzeOptions {
	const registry = options.registry ?? [];
	const corrections = sidecar?.actorCorrections ?? [];
	return { referenceDate: sidecar?.referenceDate ?? options.referenceDate, registry: corrections.length > 0 ? [...registry, ...corrections] : registry };
}
