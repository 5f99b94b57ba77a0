/** Text helpers shared by the analysers. */

/** Removes a leading byte-order mark, as VS Code does when it shows a file. */
export function stripByteOrderMark(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Start and end offsets of each paragraph: runs of text separated by blank lines. */
export function paragraphRanges(text: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	const blank = /(?:\r?\n|\r)[ \t]*(?:(?:\r?\n|\r)[ \t]*)+/g;
	let start = 0;
	for (let match = blank.exec(text); match; match = blank.exec(text)) {
		if (match.index > start) ranges.push([start, match.index]);
		start = match.index + match[0].length;
	}
	if (start < text.length) ranges.push([start, text.length]);
	return ranges;
}

const slugs = new Map<string, string>();

/** Turns a name into a stable id: lower case, ASCII letters and digits joined by dashes. Memoised: names recur. */
export function slugify(name: string): string {
	let slug = slugs.get(name);
	if (slug === undefined) {
		slug =
			name
				.normalize('NFKD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase()
				.replace(/[^\p{L}\p{N}]+/gu, '-')
				.replace(/^-+|-+$/g, '') || 'actor';
		if (slugs.size >= 10_000) slugs.clear();
		slugs.set(name, slug);
	}
	return slug;
}

const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}–—-])|(?:\r?\n|\r)\s*(?:\r?\n|\r)/gu;

/**
 * Start and end offsets of each sentence. A sentence ends at terminal punctuation followed by space and
 * a capital, or at a blank line; abbreviations such as "Mr." or "U.S." that precede a capital are kept whole.
 */
export function sentenceRanges(text: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	let start = 0;
	SENTENCE_END.lastIndex = 0;
	for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
		const end = match.index + match[0].length;
		if (match[0].startsWith('.') && endsWithAbbreviation(text, match.index)) continue;
		if (end > start) ranges.push([start, end]);
		start = end;
		while (start < text.length && isWhiteSpace(text.charCodeAt(start))) start++;
	}
	if (start < text.length) ranges.push([start, text.length]);
	return ranges;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr', 'gov', 'sen', 'rep', 'no', 'vs', 'inc', 'co', 'corp', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);

const LETTER_OR_DOT = /^[\p{L}.]$/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const CAPITAL = /^\p{Lu}$/u;

/** The longest word of ABBREVIATIONS: a longer word without inner dots is neither one of them, initials nor a capital. */
const LONGEST_ABBREVIATION = 4;

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
	const start = lettersAndDotsStart(text, dotIndex);
	if (start === dotIndex || (dotIndex - start > LONGEST_ABBREVIATION && !hasDot(text, start, dotIndex))) return false;
	const word = text.slice(start, dotIndex);
	return ABBREVIATIONS.has(word.toLowerCase()) || INITIALS.test(word) || CAPITAL.test(word);
}

function hasDot(text: string, start: number, end: number): boolean {
	for (let at = start; at < end; at++) if (text.charCodeAt(at) === 46) return true;
	return false;
}

/** Start of the run of letters and dots that ends at `end`, at most 12 code units long (surrogate pairs kept whole). */
function lettersAndDotsStart(text: string, end: number): number {
	const lowest = Math.max(0, end - 12);
	let start = end;
	while (start > lowest) {
		const code = text.charCodeAt(start - 1);
		if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46) {
			start--;
			continue;
		}
		if (code < 0x80) break;
		const pair = code >= 0xdc00 && code <= 0xdfff && start - 2 >= lowest && isHighSurrogate(text.charCodeAt(start - 2));
		const width = pair ? 2 : 1;
		if (!LETTER_OR_DOT.test(text.slice(start - width, start))) break;
		start -= width;
	}
	return start;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** An ASCII digit, as the regex class `\d` matches it, by char code. */
export const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** White space as the regex class `\s` matches it, by char code. */
export const isWhiteSpace = (code: number): boolean =>
	code === 32 ||
	(code >= 9 && code <= 13) ||
	(code >= 0x80 && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff));
