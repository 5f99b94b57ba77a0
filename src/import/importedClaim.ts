import type { ClaimStatus, Target } from '../annotations/sidecarSchema';

/** A claim read from another tool's file, before it is placed in the article. */
export interface ImportedClaim {
	/** Where the file says it is: UTF-16 offsets into the article text as it is now, with exact text and context. */
	target: Target;
	tag: string;
	status: ClaimStatus;
	speaker: string | null;
	note: string;
	/** The claim's id, dates, when the file kept them (our own W3C export does). */
	id?: string;
	created?: string;
	updated?: string;
}

/** What a file held: the claims to import, and how many of its annotations were not claims or not usable. */
export interface ParsedImport {
	claims: ImportedClaim[];
	/** Annotations left out: the analysis's own (actors, quotes, dates, recomputed anyway) or ones with no text target. */
	skipped: number;
}
