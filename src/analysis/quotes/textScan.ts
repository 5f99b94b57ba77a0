import { isWhiteSpace } from '../text';

/** Character tests and a backward word scanner on char codes, cheaper than regular expressions on slices. */

/** White space, including the no-break and typographic spaces. */
export const isSpace = (code: number): boolean =>
	code <= 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/u;
/** Whether each character beyond ASCII is part of a word, tested once and remembered: 0 not yet known, 1 yes, 2 no. */
const NON_ASCII_WORD = new Uint8Array(0x10000);

/** A letter, digit, apostrophe or hyphen: part of a word such as "Russia’s" or "al-Thani". */
export function isWordCharacter(code: number): boolean {
	if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2d;
	if (code === 0x2019) return true;
	if (NON_ASCII_WORD[code] === 0) NON_ASCII_WORD[code] = LETTER_DIGIT_OR_MARK.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
	return NON_ASCII_WORD[code] === 1;
}

/** True when `text[from, to)` is all white space (as the regex class `\s`), or empty. */
export function isBlank(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
	return true;
}

/** The word that ends `end` (spaces before `end` skipped), not reaching before `from`; undefined when punctuation or `from` comes first. */
export function wordBefore(text: string, from: number, end: number): { start: number; end: number } | undefined {
	let i = end;
	while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
	const wordEnd = i;
	while (i > from && (isWordCharacter(text.charCodeAt(i - 1)) || (text[i - 1] === '.' && i < wordEnd))) i--;
	return i < wordEnd ? { start: i, end: wordEnd } : undefined;
}
