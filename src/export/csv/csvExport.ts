import { stringify } from 'csv-stringify/sync';
import { LineIndex } from '../../shared/lineIndex';
import { annotationRecords } from '../annotationRecords';
import type { ArticleExport, DocumentOutput } from '../articleExport';
import { framedWriter, writeArticles, type ExportOptions } from '../formatWriter';

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS = ['file', 'kind', 'text', 'start', 'end', 'line', 'speaker', 'tag', 'status', 'value', 'note'] as const;

// csv-stringify quotes a cell holding the record delimiter (CRLF); a lone LF or CR must be quoted too.
const CSV_OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

/** One row per annotation of every article (RFC 4180, CRLF line ends), text cells safe to open in a spreadsheet. */
export const csvWriter = framedWriter(
	(article) => stringify(articleRows(article), CSV_OPTIONS),
	(options) => {
		const header = stringify([[...CSV_COLUMNS]], { ...CSV_OPTIONS, bom: options.byteOrderMark ?? false });
		return { head: header, separator: '', tail: '', empty: header };
	},
);

/** The CSV export of `articles`. */
export function exportCsv(articles: readonly ArticleExport[], options: ExportOptions = {}): DocumentOutput {
	return writeArticles(csvWriter, articles, options);
}

function articleRows(article: ArticleExport): Array<Array<string | number>> {
	const lines = new LineIndex(article.text);
	const file = neutraliseFormula(article.file);
	return annotationRecords(article).map((record) => [
		file,
		record.kind,
		neutraliseFormula(record.text),
		record.start,
		record.end,
		lines.lineOf(record.start),
		neutraliseFormula(record.speaker ?? ''),
		neutraliseFormula(record.tag ?? ''),
		record.status ?? '',
		neutraliseFormula(record.value ?? ''),
		neutraliseFormula(record.note ?? ''),
	]);
}

/**
 * Prefixes a cell that a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) with an apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection).
 */
export function neutraliseFormula(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
