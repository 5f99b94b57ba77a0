import type { ArticleExport, DocumentOutput } from '../articleExport';
import { framedWriter, indentedItem, JSON_ITEMS, jsonFrame, writeArticles } from '../formatWriter';
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION, type JsonExport } from './jsonExportSchema';

/** Depth of an article in the document: `{ "articles": [ here ] }`. */
const ARTICLE_DEPTH = 2;

/** The full analysis and the analyst's annotations of every article, as one JSON document. */
export const jsonWriter = framedWriter(
	({ file, analysis, sidecar }) => {
		const entry: JsonExport['articles'][number] = {
			file,
			...analysis,
			hasSidecar: sidecar !== null,
			claims: sidecar?.claims ?? [],
			speakerCorrections: sidecar?.speakerCorrections ?? [],
			actorCorrections: sidecar?.actorCorrections ?? [],
		};
		return indentedItem(entry, ARTICLE_DEPTH);
	},
	() => jsonFrame({ format: JSON_EXPORT_FORMAT, version: JSON_EXPORT_VERSION, offsets: 'utf-16', articles: JSON_ITEMS }, ARTICLE_DEPTH),
);

/** The JSON export of `articles`. */
export function exportJson(articles: readonly ArticleExport[]): DocumentOutput {
	return writeArticles(jsonWriter, articles);
}
