import type { ArticleAnalysis } from '../analysis';
import type { Sidecar } from '../annotations/sidecarSchema';

/** One article as every export format sees it: plain data, no file system. */
export interface ArticleExport {
	/** How the article is named in the export: a path relative to where the export is read, `/`-separated. */
	file: string;
	/** The article text the offsets refer to (byte-order mark removed). */
	text: string;
	analysis: ArticleAnalysis;
	/** The analyst's sidecar, or null when the article has none. */
	sidecar: Sidecar | null;
}

/** A file an export writes, named relative to the chosen output folder. */
export interface ExportedFile {
	path: string;
	content: string;
}

/**
 * What an export produces: one document (written to the chosen file), or a folder of files (brat).
 * `warnings` says what could not be exported, e.g. an orphaned claim that has no place in the text.
 */
export type ExportOutput = { kind: 'document'; content: string; warnings: string[] } | { kind: 'folder'; files: ExportedFile[]; warnings: string[] };
