/** Finds capitalised word sequences, the raw material of names, in one pass over the text. */
import { isWhiteSpace } from '../text';
import { codeAt } from './textContext';
import { NAME_PARTICLES } from './vocabulary';

/** A word or connector of a capitalised sequence. */
export interface Token {
	text: string;
	start: number;
	end: number;
	/** A lower-case joining word such as "of", "and", "the". */
	connector: boolean;
}

/** A run of capitalised words, possibly joined by connectors ("Organization for Security and Cooperation in Europe"). */
export interface Sequence {
	start: number;
	text: string;
	/** Starts a sentence, a line or a headline segment, so its first word may be capitalised for that reason only. */
	sentenceInitial: boolean;
	/** Lies in a title-case or all-caps line (a headline), where capitals say little. */
	headline: boolean;
}

/**
 * Letters as explicit ranges (Latin, Greek, Cyrillic): Unicode property classes make these regexes several times
 * slower, and the actor pass must stay linear and fast on megabytes of text.
 */
const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F\\u0181-\\u024E\\u0386-\\u03AB\\u0400-\\u042F\\u0460-\\u052E\\u1E00-\\u1EFE';
const LETTER = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1EFF';
const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0430-\\u045F';
const PARTICLES = [...NAME_PARTICLES].join('|');
const WORD = [
	`(?:[${UPPER}]\\.){2,}`,
	'(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev|Jr|Sr|Mt|Ft|Adm|Maj|Pres)\\.',
	`[${UPPER}]\\.(?= [${UPPER}])`,
	`[${UPPER}][${LETTER}]*(?:[-'’&][${LETTER}]+)*`,
].join('|');
const INNER_WORD = `${WORD}|(?:al|el|ad|an|ar|as|at|az|ash|ul|bin|ibn|d|l)[-'’][${UPPER}][${LETTER}]*`;
const CONNECTOR = `(?:of|for|and|the|in|on|at|&|${PARTICLES})`;
const GAP = '[ \\u00a0]';
/** Up to 16 capitalised words joined by single spaces and connectors, with an optional short number ("Channel 1"). */
const SEQUENCE = new RegExp(
	`(?:${WORD})(?:${GAP}(?:${CONNECTOR}${GAP}){0,3}(?:${INNER_WORD})){0,15}(?:${GAP}\\d{1,2}(?![${LETTER}]|[.,:/]\\d))?(?![${LETTER}])`,
	'g',
);
const TOKEN = new RegExp(`${CONNECTOR}(?=${GAP})|${INNER_WORD}|\\d+`, 'g');
const LOWER_CASE_WORD = new RegExp(`^[${LOWER}][${LETTER}]*$`);
const CAPITALISED = new RegExp(`^[${UPPER}]`);
const LINE_BREAK = /[\r\n]/g;
const TITLE_CASE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs', 'is', 'are']);
/** Longer words are not looked up among the small words (lower-casing never shortens a word). */
const MAX_SMALL_WORD = Math.max(...[...TITLE_CASE_SMALL_WORDS].map((word) => word.length));

/** Every capitalised sequence of `text` in order. */
export function findSequences(text: string): Sequence[] {
	const headlines = headlineLines(text);
	const sequences: Sequence[] = [];
	let line = 0;
	SEQUENCE.lastIndex = 0;
	for (let match = SEQUENCE.exec(text); match; match = SEQUENCE.exec(text)) {
		const before = codeAt(text, match.index - 1);
		if (isLetterCode(before) || before === 64 || before === 35 || (before === 45 && isLowerCode(codeAt(text, match.index - 2)))) continue; // @ # -
		while (line < headlines.length && headlines[line][1] <= match.index) line++;
		const headline = line < headlines.length && headlines[line][0] <= match.index;
		sequences.push({ start: match.index, text: match[0], sentenceInitial: startsSentence(text, match.index), headline });
	}
	return sequences;
}

/** The words and connectors of a sequence. */
export function tokenize(sequence: Sequence): Token[] {
	const tokens: Token[] = [];
	TOKEN.lastIndex = 0;
	for (let match = TOKEN.exec(sequence.text); match; match = TOKEN.exec(sequence.text)) {
		const word = match[0];
		const connector = word === '&' || (!CAPITALISED.test(word) && !/[-'’\d]/.test(word));
		const start = sequence.start + match.index;
		tokens.push({ text: word, start, end: start + word.length, connector });
	}
	return tokens;
}

/**
 * Matches (empty) at a `lastIndex` that opens a sentence, a line or a segment after a colon, bar or dash: up to 11
 * openers (space, tab, no-break space, " “ ‘ ' « ( [ * • – — -) back to the text's start, a CR, LF, . ! ? : ; | or …,
 * or a closing quote (” ’ " ») after . ! or ?. Openers and boundaries share no char, and the one opener that is also
 * a closing quote (") can only end such a run where a boundary ends it too, so backtracking finds nothing that a
 * greedy scan back over the openers would not; the regex runs natively from the first call.
 */
const SENTENCE_START = /(?<=(?:^|[\r\n.!?:;|\u2026]|[.!?][\u201d\u2019"\u00bb])[ \t\u00a0"\u201c\u2018'\u00ab(\[*\u2022\u2013\u2014-]{0,11})/y;
/** Matches (empty) at a `lastIndex` right after a double quotation mark opened after a space or bracket. */
const QUOTATION_START = /(?<=[\s(\[]["\u201c\u00ab])/y;

/**
 * True where the word at `index` opens a sentence, a line or a segment after a colon, bar or dash, or a quotation
 * opened after a space or bracket ('he said, "Usually…'). The quotation is a second regex, tried only after a double
 * quotation mark: as a branch of the first it slowed every test.
 */
function startsSentence(text: string, index: number): boolean {
	SENTENCE_START.lastIndex = index;
	if (SENTENCE_START.test(text)) return true;
	const previous = codeAt(text, index - 1);
	if (previous !== 34 && previous !== 0x201c && previous !== 0xab) return false;
	QUOTATION_START.lastIndex = index;
	return QUOTATION_START.test(text);
}

/** . ! ? */
const isSentenceEnd = (code: number) => code === 46 || code === 33 || code === 63;

/** Start and end of each line that reads as a headline: every content word capitalised, no closing full stop. */
function headlineLines(text: string): Array<[number, number]> {
	const lines: Array<[number, number]> = [];
	// Line ends found by a regex (native): most lines are long paragraphs that need no reading by char.
	for (let start = 0; start < text.length; ) {
		LINE_BREAK.lastIndex = start;
		const end = LINE_BREAK.exec(text)?.index ?? text.length;
		if (end > start && isHeadline(text, start, end)) lines.push([start, end]);
		start = end + 1;
	}
	return lines;
}

/**
 * A word of a line, as the headline test reads one: a letter (or digit), then letters, apostrophes and hyphens. The
 * lookbehind keeps a letter after an apostrophe or hyphen inside a word from starting one of its own.
 */
const LINE_WORD = new RegExp(`(?<![${LETTER}][${LETTER}'’-]*)[${LETTER}][${LETTER}'’-]*`, 'g');

/**
 * The line from `start` to `end` reads as a headline: at most 200 characters (trailing space aside), no sentence end,
 * three or more capitalised content words and no other. Words are found by a regex: natively, where a loop over
 * chars runs interpreted in a fresh process, and is costly to optimise.
 */
function isHeadline(text: string, start: number, end: number): boolean {
	let contentEnd = end;
	while (contentEnd > start && isWhiteSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
	if (contentEnd - start > 200 || endsSentence(text, start, contentEnd)) return false;
	let counted = 0;
	LINE_WORD.lastIndex = start;
	for (let match = LINE_WORD.exec(text); match && match.index < contentEnd; match = LINE_WORD.exec(text)) {
		const word = match[0];
		const first = word.charCodeAt(0);
		const small = (first >= 48 && first <= 57) || (word.length <= MAX_SMALL_WORD && TITLE_CASE_SMALL_WORDS.has(word.toLowerCase()));
		if (!small) {
			if (!isUpperCode(first)) return false;
			counted++;
		}
	}
	return counted >= 3;
}

/** Ends in . ! ? or …, then any closing quotes and brackets. */
function endsSentence(text: string, start: number, end: number): boolean {
	let i = end - 1;
	while (i >= start && isCloser(text.charCodeAt(i))) i--;
	if (i < start) return false;
	const code = text.charCodeAt(i);
	return isSentenceEnd(code) || code === 0x2026;
}

/** " ' ” ’ » ) ] */
const isCloser = (code: number) => code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 41 || code === 93;

/** Words a text writes in lower case, asked about one at a time. */
export interface LowerCaseWords {
	/** True where the text writes `word` (lower case) as a whole word somewhere. */
	has(word: string): boolean;
}

/**
 * Characters searched through, in all, for words asked about one at a time before every lower-case word of the text is
 * collected at once (long texts stay linear). A search (native indexOf) costs some 30 times less per character than
 * collecting, so a 4 KB article may search for about 30 words before collecting would have been cheaper.
 */
const SEARCH_BUDGET = 128 * 1024;

/**
 * The words `text` writes in lower case: a capitalised one of these at a sentence start is a common word. The first
 * few words asked about are searched for, which in a short article is cheaper than collecting every word.
 */
export function lowerCaseWords(text: string): LowerCaseWords {
	const answers = new Map<string, boolean>();
	const searches = Math.floor(SEARCH_BUDGET / Math.max(1, text.length));
	let collected: Set<string> | undefined;
	return {
		has(word) {
			if (collected) return collected.has(word);
			let answer = answers.get(word);
			if (answer === undefined) {
				if (answers.size >= searches) {
					collected = collectLowerCaseWords(text);
					return collected.has(word);
				}
				answer = LOWER_CASE_WORD.test(word) && writesWholeWord(text, word);
				answers.set(word, answer);
			}
			return answer;
		},
	};
}

/** Every word written in lower case: runs of letters whose first is a lower-case one. */
function collectLowerCaseWords(text: string): Set<string> {
	const seen = new Set<string>();
	for (let start = 0; start < text.length; ) {
		const code = text.charCodeAt(start);
		if (!isLetterCode(code)) {
			start++;
			continue;
		}
		let end = start + 1;
		while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
		if (isLowerCode(code)) seen.add(text.slice(start, end));
		start = end;
	}
	return seen;
}

/** A whole-word occurrence cannot start inside an earlier occurrence (all letters), so the search resumes after it. */
function writesWholeWord(text: string, word: string): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
		if (!isLetterCode(codeAt(text, at - 1)) && !isLetterCode(codeAt(text, at + word.length))) return true;
	}
	return false;
}

/** `LETTER` by char code. */
const isLetterCode = (code: number) =>
	(code >= 97 && code <= 122) ||
	(code >= 65 && code <= 90) ||
	(code >= 48 && code <= 57) ||
	(code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
	(code >= 0x300 && code <= 0x52f) ||
	(code >= 0x1e00 && code <= 0x1eff);

/** `UPPER` by char code. */
const isUpperCode = (code: number) =>
	(code >= 65 && code <= 90) ||
	(code >= 0xc0 && code <= 0xde && code !== 0xd7) ||
	(code >= 0x100 && code <= 0x24e && code !== 0x180) ||
	(code >= 0x386 && code <= 0x3ab) ||
	(code >= 0x400 && code <= 0x42f) ||
	(code >= 0x460 && code <= 0x52e) ||
	(code >= 0x1e00 && code <= 0x1efe);

/** `LOWER` by char code. */
const isLowerCode = (code: number) => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7) || (code >= 0x430 && code <= 0x45f);
