/**
 * Cheap pre-filter: the stretches of text around words that can belong to a date expression (month and
 * weekday names, time units, digits, "today"…), each with the kinds of anchor it holds, so that a rule
 * runs only where its words occur.
 */

/** Kinds of anchor word, as bit flags. */
export const Anchor = {
	digit: 1,
	month: 2,
	weekday: 4,
	unit: 8,
	season: 16,
	partOfDay: 32,
	dayWord: 64,
	frequency: 128,
	holiday: 256,
} as const;

export interface CandidateWindow {
	start: number;
	end: number;
	/** The `Anchor` flags of the words inside. */
	anchors: number;
}

const LOWER_CASE_ANCHORS: ReadonlyArray<[number, string]> = [
	[Anchor.unit, 'second seconds minute minutes hour hours day days week weeks fortnight fortnights month months quarter quarters half year years decade decades century centuries weekend weekends twenties thirties forties fifties sixties seventies eighties nineties'],
	[Anchor.partOfDay, 'morning mornings afternoon afternoons evening evenings night nights'],
	[Anchor.season, 'spring summer autumn fall winter'],
	[Anchor.dayWord, 'today yesterday tomorrow tonight noon midday'],
	[Anchor.frequency, 'daily hourly nightly weekly biweekly monthly yearly annually'],
];
/** Names that count only when capitalised: "May", "March", "Sun" are also common words. */
const CAPITALISED_ANCHORS: ReadonlyArray<[number, string]> = [
	[Anchor.month, 'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'],
	[Anchor.weekday, 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays'],
	[Anchor.holiday, 'Christmas Halloween Thanksgiving'],
];

const capitalise = (word: string) => word[0].toUpperCase() + word.slice(1);

/** Anchor flags by word as written: lower case words also in their capitalised form. */
const ANCHOR_WORDS = new Map<string, number>([
	...LOWER_CASE_ANCHORS.flatMap(([kind, words]) => words.split(' ').flatMap((word): Array<[string, number]> => [[word, kind], [capitalise(word), kind]])),
	...CAPITALISED_ANCHORS.flatMap(([kind, words]) => words.split(' ').map((word): [string, number] => [word, kind])),
]);

/** Characters of context kept either side of an anchor: enough for "the better part of the last two" or "9 a.m. Tuesday". */
const REACH = 50;

/** Sorted, non-overlapping windows around every anchor, widened to whitespace. */
export function candidateWindows(text: string): CandidateWindow[] {
	const windows: CandidateWindow[] = [];
	const length = text.length;
	let index = 0;
	while (index < length) {
		const code = text.charCodeAt(index);
		let end = index + 1;
		if (isDigit(code)) {
			while (end < length && isDigit(text.charCodeAt(end))) end++;
			addAnchor(windows, text, index, end, Anchor.digit);
		} else if (isAsciiLetter(code)) {
			while (end < length && isAsciiLetter(text.charCodeAt(end))) end++;
			// Most words share no first letter, last letter and length with an anchor: only the others are sliced out and looked up.
			const anchor = end - index <= LONGEST_ANCHOR && ANCHOR_SHAPES[shape(code, text.charCodeAt(end - 1), end - index)] === 1 ? ANCHOR_WORDS.get(text.slice(index, end)) : undefined;
			if (anchor) addAnchor(windows, text, index, end, anchor);
		}
		index = end;
	}
	return windows;
}

const LONGEST_ANCHOR = Math.max(...[...ANCHOR_WORDS.keys()].map((word) => word.length));
/** An ASCII word's first letter, last letter and length in one number. */
const shape = (firstCode: number, lastCode: number, length: number) => firstCode | (lastCode << 7) | (length << 14);
/** A flag per possible shape: a typed-array lookup is cheaper than a set's hashing on every word of the text. */
const ANCHOR_SHAPES = new Uint8Array(shape(0, 0, LONGEST_ANCHOR + 1));
for (const word of ANCHOR_WORDS.keys()) ANCHOR_SHAPES[shape(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;

const isDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** Opens a window around the anchor at `[start, end)`, or stretches the last one when they meet. */
function addAnchor(windows: CandidateWindow[], text: string, start: number, end: number, anchor: number): void {
	const from = widenBack(text, Math.max(0, start - REACH));
	const to = widenForward(text, Math.min(text.length, end + REACH));
	const last = windows[windows.length - 1];
	if (last && from <= last.end) {
		last.end = to;
		last.anchors |= anchor;
	} else {
		windows.push({ start: from, end: to, anchors: anchor });
	}
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9 || code === 160;
/** Widening stops here, so text without spaces stays linear. */
const MAX_WIDENING = 40;

function widenBack(text: string, start: number): number {
	const lowest = Math.max(0, start - MAX_WIDENING);
	let from = start;
	while (from > lowest && !isSpace(text.charCodeAt(from - 1))) from--;
	return from;
}

function widenForward(text: string, end: number): number {
	const highest = Math.min(text.length, end + MAX_WIDENING);
	let to = end;
	while (to < highest && !isSpace(text.charCodeAt(to))) to++;
	return to;
}
