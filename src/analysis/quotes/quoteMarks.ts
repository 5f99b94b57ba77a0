/** Finds quotation marks and pairs them into quoted spans, one paragraph at a time, in linear time. */
import { paragraphRanges } from '../text';
import { isSpace } from './textScan';

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

/** Which way each mark leans when its surroundings do not tell (French « spaced » marks, a lone `"`). */
const DOUBLE_MARK_SIDE: Record<string, Side> = {
	'"': 'either',
	'＂': 'either',
	'“': 'open',
	'”': 'close',
	'„': 'open',
	'‟': 'open',
	'«': 'open',
	'»': 'close',
	'‹': 'open',
	'›': 'close',
};
const SINGLE_OPENING = '‘‚‛';
const SINGLE_CLOSING = '’';
const ANY_MARK = /["＂“”„‟«»‹›‘‚‛’]/;
const MARK_CHARACTERS = new Set('"＂“”„‟«»‹›‘‚‛’');

const isDash = (code: number) => code === 0x2d || code === 0x2013 || code === 0x2014;
/** After these a mark still starts something: space, brackets, dashes, a slash, other marks. */
const OPENING_CONTEXT = new Set('([{/');
/** Before these a mark still ends something: space, closing punctuation, dashes, other marks. */
const CLOSING_CONTEXT = new Set('.,;:!?)]}');

function isOpeningContext(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	return Number.isNaN(code) || isSpace(code) || isDash(code) || OPENING_CONTEXT.has(text[i]) || MARK_CHARACTERS.has(text[i]);
}

function isClosingContext(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	return Number.isNaN(code) || isSpace(code) || isDash(code) || CLOSING_CONTEXT.has(text[i]) || MARK_CHARACTERS.has(text[i]);
}

/** Which way the mark at `i` leans from its neighbours: `open` before a word, `close` after one. */
function flank(text: string, i: number, from: number, to: number): Side {
	const opensBefore = i <= from || isOpeningContext(text, i - 1);
	const closesAfter = i + 1 >= to || isClosingContext(text, i + 1);
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
	const paragraphs = paragraphRanges(text);
	const pattern = new RegExp(ANY_MARK.source, 'g');
	let paragraph = 0;
	let marks: number[] = [];
	const flush = () => {
		if (marks.length > 0) pairParagraph(text, collectMarks(text, marks, paragraphs[paragraph]), paragraphs[paragraph], spans);
		marks = [];
	};
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		while (paragraph < paragraphs.length - 1 && paragraphs[paragraph][1] <= match.index) {
			flush();
			paragraph++;
		}
		if (paragraphs[paragraph][0] <= match.index && match.index < paragraphs[paragraph][1]) marks.push(match.index);
	}
	flush();
	return spans;
}

/** Reads the paragraph's marks: double marks always, single ones only where ‘ pairs with a later ’ (not apostrophes). */
function collectMarks(text: string, offsets: readonly number[], [from, to]: [number, number]): Mark[] {
	const marks: Array<Mark | undefined> = [];
	let pendingSingle = -1;
	for (const i of offsets) {
		const c = text[i];
		const glyphSide = DOUBLE_MARK_SIDE[c];
		if (glyphSide !== undefined) {
			const side = flank(text, i, from, to);
			marks.push({ at: i, side: side === 'either' ? glyphSide : side, flank: side });
		} else if (SINGLE_OPENING.includes(c) && flank(text, i, from, to) === 'open' && !/\d/.test(text[i + 1] ?? '')) {
			if (pendingSingle >= 0) marks[pendingSingle] = undefined;
			pendingSingle = marks.length;
			marks.push({ at: i, side: 'open', flank: 'open' });
		} else if (c === SINGLE_CLOSING && pendingSingle >= 0 && flank(text, i, from, to) === 'close') {
			marks.push({ at: i, side: 'close', flank: 'close' });
			pendingSingle = -1;
		}
	}
	if (pendingSingle >= 0) marks[pendingSingle] = undefined;
	return marks.filter((mark): mark is Mark => mark !== undefined);
}

function pairParagraph(text: string, marks: readonly Mark[], [from, to]: [number, number], spans: QuotedSpan[]): void {
	const open: Mark[] = [];
	const emit = (opening: Mark, contentEnd: number, closeMarkEnd: number) => {
		let start = opening.at + 1;
		let end = contentEnd;
		while (start < end && /\s/u.test(text[start])) start++;
		while (end > start && /\s/u.test(text[end - 1])) end--;
		if (end > start) spans.push({ start, end, openMark: opening.at, closeMarkEnd, paragraphStart: from, paragraphEnd: to });
	};
	for (let k = 0; k < marks.length; k++) {
		const mark = marks[k];
		const next = marks[k + 1];
		if (open.length === 0) {
			if (mark.side === 'close' && !startsReversedQuote(text, mark, next)) continue;
			open.push(mark);
		} else if (opensNestedQuote(text, mark, next, open[open.length - 1])) {
			open.push(mark);
		} else {
			const outer = open[0];
			open.pop();
			if (open.length === 0) emit(outer, mark.at, mark.at + 1);
		}
	}
	if (open.length > 0) emit(open[0], to, to);
}

/** A closing-looking mark outside any quote opens one only where the next mark can close it (typos like `.” The EU … “.`); an inch sign never. */
function startsReversedQuote(text: string, mark: Mark, next: Mark | undefined): boolean {
	if (next === undefined || next.flank === 'open') return false;
	return !(text[mark.at] === '"' && /\d/.test(text[mark.at - 1] ?? ''));
}

/**
 * Inside a quote, a mark starts a nested quote only when it stands before a word, the next mark can close it, and, for a
 * double mark, it does not follow the punctuation that ends a quotation (`…happens, “he said`) nor repeats a straight outer mark.
 */
function opensNestedQuote(text: string, mark: Mark, next: Mark | undefined, outer: Mark): boolean {
	if (mark.flank !== 'open' || next === undefined || next.side === 'open') return false;
	if (text[mark.at] === text[outer.at] && DOUBLE_MARK_SIDE[text[mark.at]] === 'either') return false;
	// Single marks inside double ones nest ("I just say, ‘Thank you,’”); they only got here by pairing.
	if (SINGLE_OPENING.includes(text[mark.at])) return true;
	let i = mark.at - 1;
	while (i >= 0 && /\s/u.test(text[i])) i--;
	return !/[,.!?;:]/.test(text[i] ?? '');
}
