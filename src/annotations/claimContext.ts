/** What the text around a claim says: the sentence at the cursor, and who is speaking there. */
import { sentenceRanges } from '../analysis/text';
import type { ArticleAnalysis } from '../analysis/types';

/** The sentence around `offset` without surrounding white space, or undefined when there is none (a blank line). */
export function sentenceAt(text: string, offset: number): { start: number; end: number } | undefined {
	for (const [start, end] of sentenceRanges(text)) {
		if (offset < start) break;
		if (offset > end) continue;
		const trimmedStart = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
		const trimmedEnd = start + text.slice(start, end).trimEnd().length;
		if (trimmedStart < trimmedEnd) return { start: trimmedStart, end: trimmedEnd };
	}
	return undefined;
}

/**
 * Who makes the claim at `[start, end)`: the speaker of a quote (or its attribution) it overlaps, else the
 * first actor named in its sentence ("Russia denies…"), else null. Returns canonical actor names.
 */
export function speakerAround(analysis: ArticleAnalysis, text: string, start: number, end: number): string | null {
	const nameOf = (id: string | null) => (id ? (analysis.actors.find((actor) => actor.id === id)?.name ?? null) : null);
	const overlaps = (span: { start: number; end: number } | undefined) => !!span && span.start < end && span.end > start;
	const quote = analysis.quotes.find((candidate) => candidate.speaker && (overlaps(candidate) || overlaps(candidate.attribution)));
	if (quote) return nameOf(quote.speaker);
	const sentence = sentenceAt(text, start) ?? { start, end };
	let first: { at: number; name: string } | undefined;
	for (const actor of analysis.actors) {
		const mention = actor.mentions.find((span) => span.start >= sentence.start && span.end <= Math.max(sentence.end, end));
		if (mention && (!first || mention.start < first.at)) first = { at: mention.start, name: actor.name };
	}
	return first?.name ?? null;
}
