/** The text-wide facts the mention rules consult, and lookups of known names among a sequence's tokens. */
import { isWhiteSpace } from '../text';
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

/** Latin, Greek and Cyrillic letters, as char codes (a regex test per character costs more). */
const isLetter = (code: number) =>
	(code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x370 && code <= 0x52f);
const isSpaceOrHyphen = (code: number) => code === 45 || isWhiteSpace(code);

/** The word right before `index` (spaces skipped), or '' where a non-letter comes first. */
export function wordBefore(text: string, index: number): string {
	let end = index;
	while (end > 0 && index - end < 4 && isSpaceOrHyphen(text.charCodeAt(end - 1))) end--;
	let start = end;
	while (start > 0 && end - start < 24 && isLetter(text.charCodeAt(start - 1))) start--;
	return text.slice(start, end);
}

/** The word right after `index` (spaces and hyphens skipped), or '' where a non-letter comes first. */
export function wordAfter(text: string, index: number): string {
	let start = index;
	while (start < text.length && start - index < 4 && isSpaceOrHyphen(text.charCodeAt(start))) start++;
	let end = start;
	while (end < text.length && end - start < 24 && isLetter(text.charCodeAt(end))) end++;
	return text.slice(start, end);
}
