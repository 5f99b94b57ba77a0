/**
 * Cheap pre-filter: the stretches of text around words that can belong to a date expression (month and
 * weekday names, time units, digits, "today"…), each with the kinds of anchor it holds and the cues found
 * in it, so that a rule runs only where its words occur.
 */
import { ALL_CUES, CUE_WORDS, digitCues } from './cues';
import { isDigit } from '../text';

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
	/** The `Cue` flags of the words and digits inside. */
	cues: number;
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
	// Position and flags of each cue word, pair by pair: a cue may come before the anchor that opens its window.
	const cueWords: number[] = [];
	// The regex finds the few digit runs and anchor or cue words among the text's words in native code: a
	// character loop in JavaScript runs unoptimised in a fresh process, then costs a large optimising compile.
	WORD_OR_DIGITS.lastIndex = 0;
	for (let match = WORD_OR_DIGITS.exec(text); match; match = WORD_OR_DIGITS.exec(text)) {
		const start = match.index;
		const end = start + match[0].length;
		if (isDigit(text.charCodeAt(start))) {
			addAnchor(windows, text, start, end, Anchor.digit, digitCues(text, start, end));
			continue;
		}
		const flags = WORD_FLAGS.get(match[0]) ?? flagsOf(match[0]);
		if (flags.anchor) addAnchor(windows, text, start, end, flags.anchor, 0);
		if (flags.cues) cueWords.push(start, flags.cues);
	}
	addCueWords(windows, cueWords, text);
	return windows;
}

/** A word's anchor flags (as written) and cue flags (ignoring case). */
const flagsOf = (word: string) => ({ anchor: ANCHOR_WORDS.get(word) ?? 0, cues: CUE_WORDS.get(word.toLowerCase()) ?? 0 });

/** Gives each window the cues of the words inside, and every cue to a window whose edge cuts a word. */
function addCueWords(windows: CandidateWindow[], cueWords: readonly number[], text: string): void {
	let next = 0;
	for (const window of windows) {
		while (next < cueWords.length && cueWords[next] < window.start) next += 2;
		for (; next < cueWords.length && cueWords[next] < window.end; next += 2) window.cues |= cueWords[next + 1];
		if (cutsWord(text, window.start) || cutsWord(text, window.end)) window.cues = ALL_CUES;
	}
}

const cutsWord = (text: string, index: number) => index > 0 && index < text.length && isAsciiLetter(text.charCodeAt(index - 1)) && isAsciiLetter(text.charCodeAt(index));

const LOOKED_UP_WORDS = [...ANCHOR_WORDS.keys(), ...CUE_WORDS.keys()];
/** Flags by every anchor and cue word as written, and in lower case, capitalised and upper case: one lookup, no lower-casing, for most words. */
const WORD_FLAGS = new Map(
	LOOKED_UP_WORDS.flatMap((word) => [word, word.toLowerCase(), capitalise(word.toLowerCase()), word.toUpperCase()]).map((form) => [form, flagsOf(form)] as const),
);
/** A run of digits, or an anchor or cue word in any case as a whole run of ASCII letters. */
const WORD_OR_DIGITS = new RegExp(`[0-9]+|(?<![A-Za-z])(?:${[...new Set(LOOKED_UP_WORDS.map((word) => word.toLowerCase()))].join('|')})(?![A-Za-z])`, 'gi');

const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** Opens a window around the anchor at `[start, end)`, or stretches the last one when they meet. */
function addAnchor(windows: CandidateWindow[], text: string, start: number, end: number, anchor: number, cues: number): void {
	const from = widenBack(text, Math.max(0, start - REACH));
	const to = widenForward(text, Math.min(text.length, end + REACH));
	const last = windows[windows.length - 1];
	if (last && from <= last.end) {
		last.end = to;
		last.anchors |= anchor;
		last.cues |= cues;
	} else {
		windows.push({ start: from, end: to, anchors: anchor, cues });
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
