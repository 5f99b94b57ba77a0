import { isWhiteSpace } from '../text';

/** Character tests and a backward word scanner on char codes, cheaper than regular expressions on slices. */

/** Codes of white space: every control character and the space, the no-break and typographic spaces. */
export const SPACE_CODES: readonly number[] = [
	...Array.from({ length: 0x21 }, (_, code) => code),
	0xa0,
	0x1680,
	...Array.from({ length: 0x0b }, (_, offset) => 0x2000 + offset),
	0x2028,
	0x2029,
	0x202f,
	0x205f,
	0x3000,
	0xfeff,
];

/**
 * Character classes by UTF-16 code, one bit each, so that the hot scanners test a table instead of running regular
 * expressions on slices (each `\p{…}` pattern also costs about half a millisecond to compile in a fresh process).
 * Beyond ASCII a character is classified when first met, and remembered; `KNOWN` marks the classified ones.
 */
const KNOWN = 1;
const SPACE = 2;
/** A letter, digit, mark, apostrophe or hyphen: part of a word such as "Russia’s" or "al-Thani"; any surrogate too. */
const WORD = 4;
/** `\p{L}`, and among letters `\p{Lu}` and `\p{Ll}`. */
export const LETTER = 8;
export const UPPER = 16;
export const LOWER = 32;
/** `\p{N}`. */
export const NUMBER = 64;
/** An apostrophe or a hyphen, which join the parts of a word. */
export const JOINER = 128;
/** Set by `classAt` for a code point of two code units. */
export const ASTRAL = 256;
/** White space as the pattern class `\s` reads it. */
const WHITE = 512;

const CLASS = new Uint16Array(0x10000);
for (let code = 0; code < 0x80; code++) CLASS[code] = KNOWN;
for (const code of SPACE_CODES) CLASS[code] |= KNOWN | SPACE | (isWhiteSpace(code) ? WHITE : 0);
for (let code = 0x41; code <= 0x5a; code++) CLASS[code] = KNOWN | WORD | LETTER | UPPER;
for (let code = 0x61; code <= 0x7a; code++) CLASS[code] = KNOWN | WORD | LETTER | LOWER;
for (let code = 0x30; code <= 0x39; code++) CLASS[code] = KNOWN | WORD | NUMBER;
CLASS[0x27] = CLASS[0x2d] = CLASS[0x2019] = KNOWN | WORD | JOINER;
// Typographic marks and dashes are in most texts: known up front, they need no pattern compiled.
for (const c of '“”„‟«»‹›‘‚‛–—…') CLASS[c.charCodeAt(0)] = KNOWN;

const CATEGORY = /(\p{Lu})|(\p{Ll})|(\p{L})|(\p{N})|(\p{M})/u;

/** The classes of a code point beyond ASCII, as the `CATEGORY` pattern tells. */
function categoryOf(character: string): number {
	const found = CATEGORY.exec(character);
	if (found === null) return KNOWN;
	if (found[1] !== undefined) return KNOWN | WORD | LETTER | UPPER;
	if (found[2] !== undefined) return KNOWN | WORD | LETTER | LOWER;
	if (found[3] !== undefined) return KNOWN | WORD | LETTER;
	return found[4] !== undefined ? KNOWN | WORD | NUMBER : KNOWN | WORD;
}

/** The classes of a UTF-16 code unit (a lone surrogate is part of a word, and no letter); undefined, no class, past the text's end. */
function classOf(code: number): number {
	let found = CLASS[code];
	if (found === 0) {
		found = code >= 0xd800 && code <= 0xdfff ? KNOWN | WORD : categoryOf(String.fromCharCode(code));
		CLASS[code] = found;
	}
	return found;
}

/** Classes of code points beyond the BMP, by code point. */
const astralClasses = new Map<number, number>();

/** The classes of the code point at `i`, with `ASTRAL` when it takes two code units, as a `/u` pattern reads it. */
export function classAt(text: string, i: number): number {
	const code = text.charCodeAt(i);
	const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0;
	if (!(low >= 0xdc00 && low <= 0xdfff)) return classOf(code);
	const codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
	let found = astralClasses.get(codePoint);
	if (found === undefined) {
		found = categoryOf(String.fromCodePoint(codePoint));
		astralClasses.set(codePoint, found);
	}
	return found | ASTRAL;
}

/** The classes of the code point that ends at `i` (none at the start of `text`), as a `/u` look-behind reads it. */
export function classBefore(text: string, i: number): number {
	const low = text.charCodeAt(i - 1);
	const high = low >= 0xdc00 && low <= 0xdfff ? text.charCodeAt(i - 2) : 0;
	return high >= 0xd800 && high <= 0xdbff ? classAt(text, i - 2) : classAt(text, i - 1);
}

/** The end of the run of code points from `i` (before `to`) that have any of the `classes`. */
export function runEnd(text: string, i: number, to: number, classes: number): number {
	while (i < to) {
		const found = classAt(text, i);
		if ((found & classes) === 0 || (found & ASTRAL && i + 2 > to)) break;
		i += found & ASTRAL ? 2 : 1;
	}
	return i;
}

/** The first index in `[from, to)` where a code point with any of the `classes` starts; -1 when there is none. */
export function indexOfClass(text: string, from: number, to: number, classes: number): number {
	for (let i = from; i < to; ) {
		const found = classAt(text, i);
		// A pair cut by `to` is a lone surrogate to a pattern run on the slice: no letter.
		if ((found & classes) !== 0 && ((found & ASTRAL) === 0 || i + 2 <= to)) return i;
		i += found & ASTRAL ? 2 : 1;
	}
	return -1;
}

/** White space, including the no-break and typographic spaces. */
export const isSpace = (code: number): boolean => (CLASS[code] & SPACE) !== 0;

/** White space as `\s` reads it: `isWhiteSpace` from a table, smaller where the optimising compiler inlines it. */
const isWhite = (code: number): boolean => (CLASS[code] & WHITE) !== 0;

/** The first index from `i` on, before `to`, that is not white space (`\s`). */
export function skipWhiteSpace(text: string, i: number, to: number): number {
	while (i < to && isWhite(text.charCodeAt(i))) i++;
	return i;
}

/** `end` moved back over white space (`\s`), not before `from`. */
export function trimWhiteSpaceEnd(text: string, from: number, end: number): number {
	while (end > from && isWhite(text.charCodeAt(end - 1))) end--;
	return end;
}

/** A letter, digit, apostrophe or hyphen: part of a word such as "Russia’s" or "al-Thani". */
export function isWordCharacter(code: number): boolean {
	return (classOf(code) & WORD) !== 0;
}

/** True when `text[from, to)` is all white space (as the regex class `\s`), or empty. */
export function isBlank(text: string, from: number, to: number): boolean {
	return skipWhiteSpace(text, from, to) >= to;
}

/** The word that ends `end` (spaces before `end` skipped), not reaching before `from`; undefined when punctuation or `from` comes first. */
export function wordBefore(text: string, from: number, end: number): { start: number; end: number } | undefined {
	let i = end;
	while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
	const wordEnd = i;
	while (i > from && (isWordCharacter(text.charCodeAt(i - 1)) || (text[i - 1] === '.' && i < wordEnd))) i--;
	return i < wordEnd ? { start: i, end: wordEnd } : undefined;
}

/** Index of the last character in `text[from, end)` that is no white space; -1 when there is none. */
export function lastNonSpace(text: string, from: number, end: number): number {
	let i = end - 1;
	while (i >= from && isSpace(text.charCodeAt(i))) i--;
	return i >= from ? i : -1;
}

/** Index of the first comma in `text[from, to)`, or -1: unlike `indexOf`, it never reads past `to`. */
export function commaWithin(text: string, from: number, to: number): number {
	for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x2c) return i;
	return -1;
}
