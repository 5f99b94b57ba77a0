/**
 * Reads an attribution set off inside a quote, `, he said,` or `– Lavrov added –`, in code: the pattern it stands for,
 * `[,–—-]\s+(he|she|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+(\p{Ll}+)(?:\s+\p{L}+)?\s*[,–—-]` (Unicode mode), takes
 * over a millisecond to compile in a fresh process.
 */
import { JOINER, LETTER, LOWER, UPPER, ASTRAL, classAt, isWordCharacter, runEnd, skipWhiteSpace } from './textScan';

/** Where the parts of an interruption lie in the text. */
export interface InterruptionMatch {
	/** The pronoun or name, and how many words it has. */
	nameStart: number;
	nameEnd: number;
	nameWords: number;
	/** The lower-case word after the name, which must be a speech verb. */
	verbStart: number;
	verbEnd: number;
	/** Just past the closing comma or dash. */
	end: number;
}

const PRONOUNS = ['he', 'she'];

/** The comma or dash that opens and closes an interruption: `[,\u2013\u2014-]`. */
export function isInterruptionDelimiter(code: number): boolean {
	return code === 0x2c || code === 0x2013 || code === 0x2014 || code === 0x2d;
}

const DELIMITER = /[,\u2013\u2014-]/g;

/** The first comma or dash in `text[from, to)`; -1 when there is none. A pattern skips the text between them fastest. */
export function nextInterruptionDelimiter(text: string, from: number, to: number): number {
	DELIMITER.lastIndex = from;
	return DELIMITER.test(text) && DELIMITER.lastIndex <= to ? DELIMITER.lastIndex - 1 : -1;
}

/** The end of the capitalised word (`\p{Lu}[\p{L}’'-]*`) at `i`, or `i` when none starts there, reading before `to`. */
function capitalisedWordEnd(text: string, i: number, to: number): number {
	if (i >= to) return i;
	const found = classAt(text, i);
	const width = found & ASTRAL ? 2 : 1;
	return (found & UPPER) !== 0 && i + width <= to ? runEnd(text, i + width, to, LETTER | JOINER) : i;
}

/** The rest of a match after a name ending at `nameEnd`: space, the verb, at most one more word, a comma or dash. */
function verbAndClose(text: string, nameStart: number, nameEnd: number, nameWords: number, to: number): InterruptionMatch | undefined {
	const verbStart = skipWhiteSpace(text, nameEnd, to);
	const verbEnd = verbStart > nameEnd ? runEnd(text, verbStart, to, LOWER) : verbStart;
	if (verbEnd === verbStart) return undefined;
	const wordStart = skipWhiteSpace(text, verbEnd, to);
	const wordEnd = wordStart > verbEnd ? runEnd(text, wordStart, to, LETTER) : wordStart;
	// With the optional word first, as the greedy `?` tries it, then without it.
	const close = wordEnd > wordStart ? skipWhiteSpace(text, wordEnd, to) : to;
	if (close < to && isInterruptionDelimiter(text.charCodeAt(close))) return { nameStart, nameEnd, nameWords, verbStart, verbEnd, end: close + 1 };
	if (wordStart < to && isInterruptionDelimiter(text.charCodeAt(wordStart))) return { nameStart, nameEnd, nameWords, verbStart, verbEnd, end: wordStart + 1 };
	return undefined;
}

/** The interruption opening with the comma or dash at `at`, reading before `to`, as the pattern matches it there. */
export function interruptionAt(text: string, at: number, to: number): InterruptionMatch | undefined {
	const nameStart = skipWhiteSpace(text, at + 1, to);
	if (nameStart === at + 1) return undefined;
	for (const pronoun of PRONOUNS) {
		const nameEnd = nameStart + pronoun.length;
		const found = nameEnd <= to && text.startsWith(pronoun, nameStart) ? verbAndClose(text, nameStart, nameEnd, 1, to) : undefined;
		if (found) return found;
	}
	// Capitalised words, the most first: the greedy `*` gives them back one by one.
	const wordEnds: number[] = [];
	for (let start = nameStart; ; ) {
		const end = capitalisedWordEnd(text, start, to);
		if (end === start) break;
		wordEnds.push(end);
		start = skipWhiteSpace(text, end, to);
		if (start === end) break;
	}
	for (let words = wordEnds.length; words > 0; words--) {
		const found = verbAndClose(text, nameStart, wordEnds[words - 1], words, to);
		if (found) return found;
	}
	return undefined;
}

/** Skips the letters from `i` on; digits and marks too, more than `\p{L}` takes, which is safe for a pre-test. */
function skipLetters(text: string, i: number): number {
	let code = text.charCodeAt(i);
	while (isWordCharacter(code) && code !== 0x2d && code !== 0x27 && code !== 0x2019) code = text.charCodeAt(++i);
	return i;
}

/**
 * Whether a verb ending at `verbEnd` may end an interruption: the rest of its word, at most one more word, then a comma
 * or a dash. A cheap test that passes wherever an interruption could take the verb.
 */
export function closesInterruption(text: string, verbEnd: number): boolean {
	const wordEnd = skipLetters(text, verbEnd);
	const next = skipWhiteSpace(text, wordEnd, text.length);
	if (isInterruptionDelimiter(text.charCodeAt(next))) return true;
	if (next === wordEnd) return false;
	const nextWordEnd = skipLetters(text, next);
	return nextWordEnd > next && isInterruptionDelimiter(text.charCodeAt(skipWhiteSpace(text, nextWordEnd, text.length)));
}
