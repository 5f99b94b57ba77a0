import type { ArticleExport, DocumentOutput } from '../articleExport';
import { writeArticles, type FormatWriter } from '../formatWriter';
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION, type JsonExport } from './jsonExportSchema';

/** The full analysis and the analyst's annotations of every article, as one JSON document; a part is an article's entry. */
export const jsonWriter: FormatWriter<JsonExport['articles'][number], DocumentOutput> = {
	articlePart: ({ file, analysis, sidecar }) => ({
		file,
		...analysis,
		hasSidecar: sidecar !== null,
		claims: sidecar?.claims ?? [],
		speakerCorrections: sidecar?.speakerCorrections ?? [],
		actorCorrections: sidecar?.actorCorrections ?? [],
	}),
	// One JSON.stringify of the whole document: stringifying each article and joining the texts costs several times more.
	assemble: (articles) => {
		const document: JsonExport = { format: JSON_EXPORT_FORMAT, version: JSON_EXPORT_VERSION, offsets: 'utf-16', articles: [...articles] };
		return { kind: 'document', content: `${JSON.stringify(document, null, '\t')}\n`, warnings: [] };
	},
};

/** The JSON export of `articles`. */
export function exportJson(articles: readonly ArticleExport[]): DocumentOutput {
	return writeArticles(jsonWriter, articles);
}
