import type { ArticleExport, DocumentOutput, ExportOutput } from './articleExport';

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

/** How a document is put together from its articles' texts: the head, the texts between separators, the tail. */
export interface DocumentFrame {
	head: string;
	separator: string;
	tail: string;
	/** The whole document when no article has any text. */
	empty: string;
}

/**
 * A format whose document is a frame around each article's text (empty texts left out), so it can be written
 * as the articles are analysed rather than all at the end.
 */
export interface FramedWriter extends FormatWriter<string, DocumentOutput> {
	frame(options: ExportOptions): DocumentFrame;
}

/** The writer of a framed document: each article's text, and the frame the texts go into. */
export function framedWriter(articleText: (article: ArticleExport, options: ExportOptions) => string, frame: (options: ExportOptions) => DocumentFrame): FramedWriter {
	return {
		articlePart: articleText,
		frame,
		assemble: (texts, options) => {
			const { head, separator, tail, empty } = frame(options);
			const present = texts.filter((text) => text !== '');
			return { kind: 'document', content: present.length === 0 ? empty : head + present.join(separator) + tail, warnings: [] };
		},
	};
}

/** True for a writer whose document can be written as its articles come. */
export function isFramed(writer: FormatWriter<unknown>): writer is FramedWriter {
	return 'frame' in writer;
}

/** Stands, in a document given to `jsonFrame`, for the array its items go into. */
export const JSON_ITEMS: readonly string[] = ['\u0000items\u0000'];

/**
 * The frame of `document` as tab-indented JSON, its items going where it holds `JSON_ITEMS`, `depth` levels
 * deep (each item made by `indentedItem` for that depth, or one line of JSON).
 */
export function jsonFrame(document: object, depth: number): DocumentFrame {
	const [before, after] = JSON.stringify(document, null, '\t').split(JSON.stringify(JSON_ITEMS[0]));
	const empty = JSON.stringify(document, (_key, value: unknown) => (value === JSON_ITEMS ? [] : value), '\t');
	return { head: before, separator: `,\n${'\t'.repeat(depth)}`, tail: `${after}\n`, empty: `${empty}\n` };
}

/** `value` as tab-indented JSON for an array item `depth` levels deep, as `JSON.stringify` indents it there. */
export function indentedItem(value: unknown, depth: number): string {
	let wrapped = value;
	for (let level = 0; level < depth; level++) wrapped = [wrapped];
	// Stringified inside `depth` arrays, then cut out of them: indenting afterwards (replacing every line
	// break) costs several times the stringify. Level k opens with `[\n` and k tabs, and closes with `\n`,
	// k - 1 tabs and `]`.
	const json = JSON.stringify(wrapped, null, '\t');
	const opening = 2 * depth + (depth * (depth + 1)) / 2;
	const closing = 2 * depth + (depth * (depth - 1)) / 2;
	return json.slice(opening, json.length - closing);
}
