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

/** One document, written to the chosen file. `warnings` says what could not be exported. */
export interface DocumentOutput {
	kind: 'document';
	content: string;
	warnings: string[];
}

/** A folder of files (brat). `warnings` says what could not be exported, e.g. an orphaned claim that has no place in the text. */
export interface FolderOutput {
	kind: 'folder';
	files: ExportedFile[];
	warnings: string[];
}

/** What an export produces. */
export type ExportOutput = DocumentOutput | FolderOutput;
