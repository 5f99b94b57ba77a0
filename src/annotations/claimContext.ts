/** What the text around a claim says: the sentence at the cursor, and who is speaking there. */
import { sentenceRanges } from '../analysis/text';
import type { ArticleAnalysis } from '../analysis/types';

/** The sentence around `offset` without surrounding white space (nor the `date YYYY-MM-DD` dateline), or undefined when there is none. */
export function sentenceAt(text: string, offset: number): { start: number; end: number } | undefined {
	// Sentences end at blank lines, so only the paragraph around the offset needs splitting.
	const dateline = /^\uFEFF?\s*date\s+\d{4}-\d{2}-\d{2}[ \t]*/i.exec(text)?.[0].length ?? 0;
	const from = Math.max(dateline, text.lastIndexOf('\n\n', offset - 1) + 1, text.lastIndexOf('\r\n\r\n', offset - 1) + 2);
	const next = [text.indexOf('\n\n', offset), text.indexOf('\r\n\r\n', offset)].filter((at) => at >= 0);
	const to = next.length > 0 ? Math.min(...next) : text.length;
	const paragraph = text.slice(from, to);
	for (const [start, end] of sentenceRanges(paragraph)) {
		if (offset - from < start) break;
		if (offset - from > end) continue;
		const sentence = paragraph.slice(start, end);
		const trimmedStart = from + start + (sentence.length - sentence.trimStart().length);
		const trimmedEnd = from + start + sentence.trimEnd().length;
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
