/**
 * Cues: words and digit shapes that some rule's pattern cannot match without. A window lacking a rule's
 * cues is skipped without running the rule's regex; skipping is exact because a cue is only ever required
 * where every match of the pattern contains it. Words are compared ignoring case, as whole ASCII-letter runs.
 */
import { isWhiteSpace } from '../text';

/** Kinds of cue, as bit flags. */
export const Cue = {
	/** Four digits from 1500 to 2099. */
	yearDigits: 1 << 0,
	/** Four digits, then `-`. */
	isoDigits: 1 << 1,
	/** Two or four digits ending in 0. */
	decadeDigits: 1 << 2,
	/** One or two digits, then `:`, or `a`/`p`/`o` after any space. */
	clockDigits: 1 << 3,
	decadeWord: 1 << 4,
	century: 1 << 5,
	quarterOrHalf: 1 << 6,
	periodCue: 1 << 7,
	periodUnit: 1 << 8,
	weekend: 1 << 9,
	edge: 1 << 10,
	edgeUnit: 1 << 11,
	offsetCue: 1 << 12,
	adjacentCue: 1 << 13,
	adjacentUnit: 1 << 14,
	holidayName: 1 << 15,
	unit: 1 << 16,
	pluralUnit: 1 << 17,
	every: 1 << 18,
	rateCue: 1 << 19,
	rateUnit: 1 << 20,
	pluralWeekday: 1 << 21,
	/** Four digits. */
	fourDigits: 1 << 22,
	noon: 1 << 23,
	namedDay: 1 << 24,
	thisOrLast: 1 << 25,
} as const;

/** Every cue at once: for a window whose edge cuts a word, which its rules may read differently. */
export const ALL_CUES = (1 << 26) - 1;

const DECADES = 'twenties thirties forties fifties sixties seventies eighties nineties';

const CUE_LISTS: ReadonlyArray<[number, string]> = [
	// A decade word may take a further "s" ("the nineties's" reads as "nineties" + "'s", "ninetiess" as one word).
	[Cue.decadeWord, `${DECADES} ${DECADES.replace(/ |$/g, 's ')}`],
	[Cue.century, 'century'],
	[Cue.quarterOrHalf, 'quarter half'],
	[Cue.periodCue, 'this current last previous next coming following'],
	[Cue.periodUnit, 'week weekend month quarter year decade century'],
	[Cue.weekend, 'weekend'],
	[Cue.edge, 'end beginning start middle'],
	[Cue.edgeUnit, 'week month year'],
	[Cue.offsetCue, 'ago earlier later now hence'],
	[Cue.adjacentCue, 'next following previous preceding'],
	[Cue.adjacentUnit, 'day week month year'],
	[Cue.holidayName, 'christmas year valentine independence halloween veterans armistice memorial labor thanksgiving'],
	[Cue.unit, 'second seconds minute minutes hour hours day days week weeks fortnight fortnights month months quarter quarters year years decade decades century centuries'],
	[Cue.pluralUnit, 'seconds minutes hours days weeks months years decades'],
	[Cue.every, 'every each'],
	[Cue.rateCue, 'once twice thrice times per'],
	[Cue.rateUnit, 'second minute hour day week month year'],
	[Cue.pluralWeekday, 'mondays tuesdays wednesdays thursdays fridays saturdays sundays'],
	[Cue.noon, 'noon midday'],
	[Cue.namedDay, 'today yesterday tomorrow tonight'],
	[Cue.thisOrLast, 'this last'],
];

/** Cue flags by lower-case word. */
export const CUE_WORDS = new Map<string, number>();
for (const [cue, words] of CUE_LISTS) for (const word of words.trim().split(/\s+/)) CUE_WORDS.set(word, (CUE_WORDS.get(word) ?? 0) | cue);

/** The cues of the digit run at `[start, end)`, read from its digits and the characters after it. */
export function digitCues(text: string, start: number, end: number): number {
	const length = end - start;
	const next = end < text.length ? text.charCodeAt(end) : 0;
	let cues = 0;
	if (length === 4) {
		cues |= Cue.fourDigits;
		const first = text.charCodeAt(start);
		const second = text.charCodeAt(start + 1);
		if ((first === 49 && second >= 53) || (first === 50 && second === 48)) cues |= Cue.yearDigits;
		if (next === 45) cues |= Cue.isoDigits;
	}
	if ((length === 2 || length === 4) && text.charCodeAt(end - 1) === 48) cues |= Cue.decadeDigits;
	if (length <= 2) {
		let after = end;
		while (after < text.length && isWhiteSpace(text.charCodeAt(after))) after++;
		const letter = after < text.length ? text.charCodeAt(after) | 32 : 0;
		if (next === 58 || letter === 97 || letter === 112 || letter === 111) cues |= Cue.clockDigits;
	}
	return cues;
}

/** True when `cues` holds at least one flag of every mask in `required`. */
export function hasCues(required: readonly number[] | undefined, cues: number): boolean {
	if (required) for (const mask of required) if ((mask & cues) === 0) return false;
	return true;
}
