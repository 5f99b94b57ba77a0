import type { ArticleExport, DocumentOutput } from '../articleExport';
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION, type JsonExport } from './jsonExportSchema';

/** The full analysis and the analyst's annotations of every article, as one JSON document. */
export function exportJson(articles: readonly ArticleExport[]): DocumentOutput {
	const document: JsonExport = {
		format: JSON_EXPORT_FORMAT,
		version: JSON_EXPORT_VERSION,
		offsets: 'utf-16',
		articles: articles.map(({ file, analysis, sidecar }) => ({
			file,
			...analysis,
			hasSidecar: sidecar !== null,
			claims: sidecar?.claims ?? [],
			speakerCorrections: sidecar?.speakerCorrections ?? [],
			actorCorrections: sidecar?.actorCorrections ?? [],
		})),
	};
	return { kind: 'document', content: `${JSON.stringify(document, null, '\t')}\n`, warnings: [] };
}
