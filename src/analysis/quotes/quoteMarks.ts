/** Finds quotation marks and pairs them into quoted spans, one paragraph at a time, in linear time. */
import { isDigit, paragraphRanges } from '../text';
import { SPACE_CODES, skipWhiteSpace, trimWhiteSpaceEnd } from './textScan';
import { countBelow } from '../../shared/sortedSearch';

/** A quoted stretch of text: the content without its marks, and where its marks sit. */
export interface QuotedSpan {
	/** Content start, after the opening mark and any space. */
	start: number;
	/** Content end (exclusive), before any space and the closing mark. */
	end: number;
	/** Offset of the opening mark. */
	openMark: number;
	/** Offset just past the closing mark, or the paragraph end when the quote is left open. */
	closeMarkEnd: number;
	paragraphStart: number;
	paragraphEnd: number;
}

type Side = 'open' | 'close' | 'either';

/** Glyph classes by UTF-16 code: how a double mark leans when its surroundings do not tell (French « spaced » marks, a lone `"`), or a single mark. */
const SINGLE_OPENING = 4;
const SINGLE_CLOSING = 5;
const GLYPH = new Uint8Array(0x10000);
const GLYPH_SIDES: Side[] = ['either', 'open', 'close', 'either'];
const GLYPHS = ['“„‟«‹', '”»›', '"＂', '‘‚‛', '’'];
GLYPHS.forEach((glyphs, index) => {
	for (const c of glyphs) GLYPH[c.charCodeAt(0)] = index + 1;
});
/** Any mark: the regex engine skips the text between marks far faster than a loop over every character. */
const ANY_MARK = new RegExp(`[${GLYPHS.join('')}]`, 'g');
/** Any mark but ’, which is mostly an apostrophe ("Russia’s") and closes a quote only after a single opening mark. */
const ANY_MARK_BUT_RIGHT_SINGLE = new RegExp(`[${GLYPHS.slice(0, SINGLE_CLOSING - 1).join('')}]`, 'g');
const SINGLE_OPENING_MARK = new RegExp(`[${GLYPHS[SINGLE_OPENING - 1]}]`);

/** Character classes by UTF-16 code, one bit each: a mark may start after these, or end before these. */
const OPENING_CONTEXT = 1;
const CLOSING_CONTEXT = 2;
const CONTEXT = new Uint8Array(0x10000);
for (const c of '([{/') CONTEXT[c.charCodeAt(0)] |= OPENING_CONTEXT;
for (const c of '.,;:!?)]}') CONTEXT[c.charCodeAt(0)] |= CLOSING_CONTEXT;
// Spaces, dashes and other marks count on both sides.
for (const c of '-\u2013\u2014"＂“”„‟«»‹›‘‚‛’') CONTEXT[c.charCodeAt(0)] |= OPENING_CONTEXT | CLOSING_CONTEXT;
for (const code of SPACE_CODES) CONTEXT[code] |= OPENING_CONTEXT | CLOSING_CONTEXT;

/** Which way the mark at `i` leans from its neighbours: `open` before a word, `close` after one. */
function flank(text: string, i: number, from: number, to: number): Side {
	const opensBefore = i <= from || (CONTEXT[text.charCodeAt(i - 1)] & OPENING_CONTEXT) !== 0;
	const closesAfter = i + 1 >= to || (CONTEXT[text.charCodeAt(i + 1)] & CLOSING_CONTEXT) !== 0;
	if (opensBefore === closesAfter) return 'either';
	return opensBefore ? 'open' : 'close';
}

interface Mark {
	at: number;
	/** How the mark leans, its surroundings first, its glyph where they do not tell. */
	side: Side;
	/** How its surroundings alone make it lean. */
	flank: Side;
}

/** Every quoted span of `text`, in text order; nested quotes are inside their outer span, never separate. */
export function findQuotedSpans(text: string): QuotedSpan[] {
	const spans: QuotedSpan[] = [];
	const positions = markPositions(text);
	if (positions.length === 0) return spans;
	const paragraphs = paragraphRanges(text);
	const paragraphEnds = paragraphs.map((paragraph) => paragraph[1]);
	// Only the paragraphs that hold marks are visited: each mark lies in the first paragraph that ends after it, and
	// binary searches find a paragraph's marks (a loop over them got hot enough to be compiled once more).
	for (let first = 0; first < positions.length; ) {
		const paragraph = paragraphs[countBelow(paragraphEnds, positions[first] + 1)];
		const next = countBelow(positions, paragraph[1]);
		const marks = collectMarks(text, paragraph, positions, first, next);
		if (marks.length > 0) pairParagraph(text, marks, paragraph, spans);
		first = next;
	}
	return spans;
}

/** Offsets of every mark glyph in `text` that may be a quotation mark, ascending. */
function markPositions(text: string): number[] {
	const positions: number[] = [];
	const pattern = SINGLE_OPENING_MARK.test(text) ? ANY_MARK : ANY_MARK_BUT_RIGHT_SINGLE;
	pattern.lastIndex = 0;
	// `test` moves `lastIndex` past each mark without building a match array.
	while (pattern.test(text)) positions.push(pattern.lastIndex - 1);
	return positions;
}

/**
 * Reads the paragraph's marks (its glyphs are at `positions[first, next)`): double marks always, single ones only where
 * ‘ pairs with a later ’ (not apostrophes).
 */
function collectMarks(text: string, paragraph: [number, number], positions: readonly number[], first: number, next: number): Mark[] {
	const from = paragraph[0];
	const to = paragraph[1];
	const marks: Array<Mark | undefined> = [];
	let pendingSingle = -1;
	for (let k = first; k < next; k++) {
		const i = positions[k];
		const glyph = GLYPH[text.charCodeAt(i)];
		const side = flank(text, i, from, to);
		if (glyph < SINGLE_OPENING) {
			marks.push({ at: i, side: side === 'either' ? GLYPH_SIDES[glyph] : side, flank: side });
		} else if (glyph === SINGLE_OPENING && side === 'open' && !isDigit(text.charCodeAt(i + 1))) {
			if (pendingSingle >= 0) marks[pendingSingle] = undefined;
			pendingSingle = marks.length;
			marks.push({ at: i, side: 'open', flank: 'open' });
		} else if (glyph === SINGLE_CLOSING && pendingSingle >= 0 && side === 'close') {
			marks.push({ at: i, side: 'close', flank: 'close' });
			pendingSingle = -1;
		}
	}
	if (pendingSingle >= 0) marks[pendingSingle] = undefined;
	return pendingSingle >= 0 || marks.includes(undefined) ? marks.filter((mark): mark is Mark => mark !== undefined) : (marks as Mark[]);
}

function pairParagraph(text: string, marks: readonly Mark[], paragraph: [number, number], spans: QuotedSpan[]): void {
	const open: Mark[] = [];
	for (let k = 0; k < marks.length; k++) {
		const mark = marks[k];
		// Not read past the end: an out-of-bounds read would deoptimise the compiled loop.
		const next = k + 1 < marks.length ? marks[k + 1] : undefined;
		if (open.length === 0) {
			if (mark.side === 'close' && !startsReversedQuote(text, mark, next)) continue;
			open.push(mark);
		} else if (opensNestedQuote(text, mark, next, open[open.length - 1])) {
			open.push(mark);
		} else {
			const outer = open[0];
			open.pop();
			if (open.length === 0) emitSpan(text, outer.at, mark.at, mark.at + 1, paragraph, spans);
		}
	}
	if (open.length > 0) emitSpan(text, open[0].at, paragraph[1], paragraph[1], paragraph, spans);
}

/** Adds the span of the quote opening at `openMark`, its content trimmed of space, unless it is empty. */
function emitSpan(text: string, openMark: number, contentEnd: number, closeMarkEnd: number, paragraph: [number, number], spans: QuotedSpan[]): void {
	const start = skipWhiteSpace(text, openMark + 1, contentEnd);
	const end = trimWhiteSpaceEnd(text, start, contentEnd);
	if (end > start) spans.push({ start, end, openMark, closeMarkEnd, paragraphStart: paragraph[0], paragraphEnd: paragraph[1] });
}

/** A closing-looking mark outside any quote opens one only where the next mark can close it (typos like `.” The EU … “.`); an inch sign never. */
function startsReversedQuote(text: string, mark: Mark, next: Mark | undefined): boolean {
	if (next === undefined || next.flank === 'open') return false;
	return !(text.charCodeAt(mark.at) === 0x22 && isDigit(text.charCodeAt(mark.at - 1)));
}

/**
 * Inside a quote, a mark starts a nested quote only when it stands before a word, the next mark can close it, and, for a
 * double mark, it does not follow the punctuation that ends a quotation (`…happens, “he said`) nor repeats a straight outer mark.
 */
function opensNestedQuote(text: string, mark: Mark, next: Mark | undefined, outer: Mark): boolean {
	if (mark.flank !== 'open' || next === undefined || next.side === 'open') return false;
	const code = text.charCodeAt(mark.at);
	const glyph = GLYPH[code];
	if (code === text.charCodeAt(outer.at) && GLYPH_SIDES[glyph] === 'either') return false;
	// Single marks inside double ones nest ("I just say, ‘Thank you,’”); they only got here by pairing.
	if (glyph === SINGLE_OPENING) return true;
	const before = text.charCodeAt(trimWhiteSpaceEnd(text, 0, mark.at) - 1);
	return !(before === 0x2c || before === 0x2e || before === 0x21 || before === 0x3f || before === 0x3b || before === 0x3a);
}
