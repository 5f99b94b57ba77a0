/** The text-wide facts the mention rules consult, and lookups of known names among a sequence's tokens. */
import type { LowerCaseWords, Token } from './candidates';
import type { Gazetteer, GazetteerEntry } from './gazetteer';

/** What the rules need to know about the whole text. */
export interface MentionContext {
	text: string;
	gazetteer: Gazetteer;
	/** Words the text writes in lower case. */
	lowerCaseWords: LowerCaseWords;
	/** Numbers the texts analysed, so that what is kept across texts can tell which text it was found for. */
	textNumber: number;
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

/**
 * The char code at `index`, -1 outside the text. Optimised code that has never read past an end is thrown away when it
 * does (charCodeAt gives NaN there), so reads that may fall outside go through here.
 */
export const codeAt = (text: string, index: number): number => (index >= 0 && index < text.length ? text.charCodeAt(index) : -1);

/** Latin, Greek and Cyrillic letters. */
const LETTER = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u052f';
/**
 * Up to 4 spaces or hyphens, then up to 24 letters, the word: read forwards from `lastIndex` and, by the lookbehind,
 * backwards. Both always match (every part may be empty) and take as much as they can, as a loop over the chars
 * would; a regex runs natively from the first call, where such loops run interpreted until optimised.
 */
const WORD_AFTER = new RegExp(`[\\s-]{0,4}([${LETTER}]{0,24})`, 'y');
const WORD_BEFORE = new RegExp(`(?<=([${LETTER}]{0,24})[\\s-]{0,4})`, 'y');

/** The word right before `index` (spaces and hyphens skipped), or '' where a non-letter comes first. */
export function wordBefore(text: string, index: number): string {
	WORD_BEFORE.lastIndex = index;
	return WORD_BEFORE.exec(text)?.[1] ?? '';
}

/** The word right after `index` (spaces and hyphens skipped), or '' where a non-letter comes first. */
export function wordAfter(text: string, index: number): string {
	WORD_AFTER.lastIndex = index;
	return WORD_AFTER.exec(text)?.[1] ?? '';
}
