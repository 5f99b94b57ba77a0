import type { ExportOutput } from './articleExport';
import { bratWriter } from './brat/bratExport';
import { claimReviewWriter } from './claimreview/claimReviewExport';
import { csvWriter } from './csv/csvExport';
import type { FormatWriter } from './formatWriter';
import { jsonWriter } from './json/jsonExport';
import { markdownWriter } from './markdown/markdownExport';
import { w3cWriter } from './w3c/w3cExport';

export const EXPORT_FORMAT_IDS = ['json', 'csv', 'markdown', 'w3c', 'brat', 'claimreview'] as const;

export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

/** One export format: what the palette shows and what writes it. */
export interface ExportFormat {
	id: ExportFormatId;
	label: string;
	description: string;
	/** `document`: one file; `folder`: a folder of files (brat). */
	output: ExportOutput['kind'];
	/** Extension of the document, without the dot. */
	extension: string;
	/** Writes it: a part per article, then the whole (`writeArticles` does both in one thread). */
	writer: FormatWriter<unknown>;
}

/** Every export format, in the order the palette offers them. */
export const EXPORT_FORMATS: Readonly<Record<ExportFormatId, ExportFormat>> = {
	json: { id: 'json', label: 'JSON', description: 'Full analysis and annotations', output: 'document', extension: 'json', writer: jsonWriter },
	csv: { id: 'csv', label: 'CSV', description: 'One row per annotation, for spreadsheets', output: 'document', extension: 'csv', writer: csvWriter },
	markdown: { id: 'markdown', label: 'Markdown report', description: 'Summary, actors, quotes, timeline and claims', output: 'document', extension: 'md', writer: markdownWriter },
	w3c: { id: 'w3c', label: 'W3C Web Annotation', description: 'JSON-LD annotations with text quote and position selectors', output: 'document', extension: 'jsonld', writer: w3cWriter },
	brat: { id: 'brat', label: 'brat standoff', description: 'A folder of .txt and .ann files with annotation.conf', output: 'folder', extension: '', writer: bratWriter },
	claimreview: { id: 'claimreview', label: 'ClaimReview', description: 'schema.org ClaimReview JSON-LD for reviewed claims', output: 'document', extension: 'jsonld', writer: claimReviewWriter },
};

/** True for a known format id. */
export function isExportFormatId(value: string): value is ExportFormatId {
	return (EXPORT_FORMAT_IDS as readonly string[]).includes(value);
}
