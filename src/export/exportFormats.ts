import type { ArticleExport, ExportOutput } from './articleExport';
import { exportBrat } from './brat/bratExport';
import { exportClaimReview } from './claimreview/claimReviewExport';
import { exportCsv } from './csv/csvExport';
import { exportJson } from './json/jsonExport';
import { exportMarkdown } from './markdown/markdownExport';
import { exportW3c } from './w3c/w3cExport';

export const EXPORT_FORMAT_IDS = ['json', 'csv', 'markdown', 'w3c', 'brat', 'claimreview'] as const;

export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

export interface ExportOptions {
	/** CSV only: start with a UTF-8 byte-order mark. */
	byteOrderMark?: boolean;
}

/** One export format: what the palette shows and what writes it. */
export interface ExportFormat {
	id: ExportFormatId;
	label: string;
	description: string;
	/** `document`: one file; `folder`: a folder of files (brat). */
	output: ExportOutput['kind'];
	/** Extension of the document, without the dot. */
	extension: string;
	write(articles: readonly ArticleExport[], options: ExportOptions): ExportOutput;
}

/** Every export format, in the order the palette offers them. */
export const EXPORT_FORMATS: Readonly<Record<ExportFormatId, ExportFormat>> = {
	json: { id: 'json', label: 'JSON', description: 'Full analysis and annotations', output: 'document', extension: 'json', write: exportJson },
	csv: { id: 'csv', label: 'CSV', description: 'One row per annotation, for spreadsheets', output: 'document', extension: 'csv', write: (articles, options) => exportCsv(articles, { byteOrderMark: options.byteOrderMark }) },
	markdown: { id: 'markdown', label: 'Markdown report', description: 'Summary, actors, quotes, timeline and claims', output: 'document', extension: 'md', write: exportMarkdown },
	w3c: { id: 'w3c', label: 'W3C Web Annotation', description: 'JSON-LD annotations with text quote and position selectors', output: 'document', extension: 'jsonld', write: exportW3c },
	brat: { id: 'brat', label: 'brat standoff', description: 'A folder of .txt and .ann files with annotation.conf', output: 'folder', extension: '', write: exportBrat },
	claimreview: { id: 'claimreview', label: 'ClaimReview', description: 'schema.org ClaimReview JSON-LD for reviewed claims', output: 'document', extension: 'jsonld', write: exportClaimReview },
};

/** True for a known format id. */
export function isExportFormatId(value: string): value is ExportFormatId {
	return (EXPORT_FORMAT_IDS as readonly string[]).includes(value);
}
