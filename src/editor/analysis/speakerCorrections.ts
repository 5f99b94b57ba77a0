/** Applies the analyst's corrections of quote speakers to an analysis. Imports nothing from `vscode`. */
import type { ArticleAnalysis } from '../../analysis';
import type { Sidecar } from '../../annotations/sidecarSchema';

/** The analyst's speaker for one quote, found again by its exact text nearest its old offset. */
export interface SpeakerCorrection {
	/** The quote's text, exactly. */
	exact: string;
	/** Where the quote started when the correction was made. */
	start: number;
	/** Canonical name of the speaker, or null for "no named speaker". */
	speaker: string | null;
}

/** The corrections a sidecar stores, as the analysis applies them: orphaned ones left out. */
export function activeSpeakerCorrections(stored: Readonly<Sidecar['speakerCorrections']>): SpeakerCorrection[] {
	return stored.filter((correction) => !correction.orphaned).map(({ target, speaker }) => ({ exact: target.exact, start: target.start, speaker }));
}

/**
 * Returns the analysis with each corrected quote's speaker replaced by the actor of that canonical
 * name (or null). A correction whose quote or actor is no longer found changes nothing.
 */
export function applySpeakerCorrections(analysis: ArticleAnalysis, corrections: readonly SpeakerCorrection[]): ArticleAnalysis {
	if (corrections.length === 0) return analysis;
	const quotes = analysis.quotes.map((quote) => ({ ...quote }));
	for (const correction of corrections) {
		const speakerId =
			correction.speaker === null ? null : analysis.actors.find((actor) => actor.name === correction.speaker)?.id;
		if (speakerId === undefined) continue;
		const nearest = quotes
			.filter((quote) => quote.text === correction.exact)
			.sort((a, b) => Math.abs(a.start - correction.start) - Math.abs(b.start - correction.start))[0];
		if (!nearest) continue;
		nearest.speaker = speakerId;
		// The analyst, not the text, names this speaker now.
		delete nearest.attribution;
	}
	return { ...analysis, quotes };
}
