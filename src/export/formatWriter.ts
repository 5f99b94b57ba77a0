import type { ArticleExport, ExportOutput } from './articleExport';

export interface ExportOptions {
	/** CSV only: start with a UTF-8 byte-order mark. */
	byteOrderMark?: boolean;
}

/**
 * How a format is written: each article's part on its own, as soon as the article is analysed (while the
 * others still are), then the parts, in article order, assembled into the export.
 */
export interface FormatWriter<Part, Output extends ExportOutput = ExportOutput> {
	articlePart(article: ArticleExport, options: ExportOptions): Part;
	assemble(parts: readonly Part[], options: ExportOptions): Output;
}

/** The export of `articles` in one thread: every part, then the whole. */
export function writeArticles<Part, Output extends ExportOutput>(writer: FormatWriter<Part, Output>, articles: readonly ArticleExport[], options: ExportOptions = {}): Output {
	return writer.assemble(
		articles.map((article) => writer.articlePart(article, options)),
		options,
	);
}
