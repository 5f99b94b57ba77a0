/** The text-wide facts the mention rules consult, and lookups of known names among a sequence's tokens. */
import type { LowerCaseWords, Token } from './candidates';
import type { Gazetteer, GazetteerEntry } from './gazetteer';

/** What the rules need to know about the whole text. */
export interface MentionContext {
	text: string;
	gazetteer: Gazetteer;
	/** Words the text writes in lower case. */
	lowerCaseWords: LowerCaseWords;
}

/** The text from the first to the last of `tokens`. */
export const spanText = (ctx: MentionContext, tokens: readonly Token[]): string => ctx.text.slice(tokens[0].start, tokens[tokens.length - 1].end);

/** The longest gazetteer name starting at token `i` (tokens are space-separated, so a name of n words spans n tokens). */
export function longestKnown(tokens: readonly Token[], i: number, ctx: MentionContext): { length: number; entry: GazetteerEntry } | undefined {
	if (tokens[i].connector) return undefined;
	for (let length = Math.min(tokens.length - i, ctx.gazetteer.maxWordsFrom(tokens[i].text)); length >= 1; length--) {
		if (tokens[i + length - 1].connector) continue;
		const entry = ctx.gazetteer.lookup(spanText(ctx, tokens.slice(i, i + length)));
		if (entry) return { length, entry };
	}
	return undefined;
}

const LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u052F]/;
const SPACE = /[\s-]/;

/** The word right before `index` (spaces skipped), or '' where a non-letter comes first. */
export function wordBefore(text: string, index: number): string {
	let end = index;
	while (end > 0 && index - end < 4 && SPACE.test(text[end - 1])) end--;
	let start = end;
	while (start > 0 && end - start < 24 && LETTER.test(text[start - 1])) start--;
	return text.slice(start, end);
}

/** The word right after `index` (spaces and hyphens skipped), or '' where a non-letter comes first. */
export function wordAfter(text: string, index: number): string {
	let start = index;
	while (start < text.length && start - index < 4 && SPACE.test(text[start])) start++;
	let end = start;
	while (end < text.length && end - start < 24 && LETTER.test(text[end])) end++;
	return text.slice(start, end);
}
