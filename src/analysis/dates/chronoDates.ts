/** Month days and numeric dates (with any clock time written with them) read by chrono-node, run only on short windows around likely spots. */
import * as chrono from 'chrono-node';
import { formatDay, formatMonth, pad } from './calendar';
import { chronoWithout, skippedParsers } from './chronoParsers';
import { type Candidate, type RuleContext, toCandidate } from './dateRule';
import { type DateParts, type DateResult, plainMonthDays } from './plainMonthDays';
import { nearestWeekday, tenseWords, yearOfNearestMonth, yearOfNearestMonthDay } from './resolve';
import type { Tense } from './tense';
import { isWhiteSpace } from '../text';

const MONTH_ABBREVIATION = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/** Spots chrono may read: a month name beside a number, a numeric date. */
const CHRONO_SPOT = new RegExp(`\\b${MONTH_ABBREVIATION}[a-z]*\\.?,?\\s+\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ABBREVIATION}|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`, 'g');
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 60;
/** Lengths of time chrono counts from the reference date ("ten days before"): our own rules read those. */
const RELATIVE_WORDS = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|ago|before|after|later|earlier)\b/i;
/** A clock time chrono read must be written as one: "at 1" after a date is not 01:00. */
const WRITTEN_CLOCK = /\d:\d\d|\d\s*[ap]\.?m\b|noon|midnight|o'clock/i;
/** What joins the two ends of a range. */
const RANGE_SEPARATOR = /\s*(?:[-–—]|\b(?:to|until|till|through)\b)\s*/i;
const LEADING_WORDS = /^(?:(?:on|at|in|from|by|since|until|of|the|this)\s+)+/i;

/** Runs chrono on short windows around each spot in `[start, end)` and turns its results into candidates. */
export function chronoCandidates(context: RuleContext, start: number, end: number): Candidate[] {
	const { text } = context;
	const candidates: Candidate[] = [];
	for (const [from, to] of spotWindows(text, start, end)) {
		const windowText = text.slice(from, to);
		const skipped = skippedParsers(windowText);
		const results = plainMonthDays(windowText, skipped) ?? chronoWithout(skipped).parse(windowText, referenceInstant(context));
		for (const result of results) candidates.push(...readResult(result, from, context));
	}
	return candidates;
}

/** Noon of the reference date, for chrono. */
function referenceInstant({ ref }: RuleContext): Date {
	return ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
}

/** Merged windows around the spots in `[start, end)`, widened to whitespace so no word is cut. */
function spotWindows(text: string, start: number, end: number): Array<[number, number]> {
	const windows: Array<[number, number]> = [];
	const part = text.slice(start, end);
	CHRONO_SPOT.lastIndex = 0;
	for (let match = CHRONO_SPOT.exec(part); match; match = CHRONO_SPOT.exec(part)) {
		let from = Math.max(start, start + match.index - WINDOW_BEFORE);
		let to = Math.min(end, start + match.index + WINDOW_AFTER);
		while (from > start && !isWhiteSpace(text.charCodeAt(from - 1))) from--;
		while (to < end && !isWhiteSpace(text.charCodeAt(to))) to++;
		const last = windows[windows.length - 1];
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else windows.push([from, to]);
	}
	return windows;
}

/** The candidates of one chrono result: one date, or the two ends of a range ("January 30 to February 2"). */
function readResult(result: DateResult, offset: number, context: RuleContext): Candidate[] {
	let text = result.text;
	let start = offset + result.index;
	// chrono may run over a sentence end ("2020-21. On 24 February"): keep what follows it.
	const sentenceEnd = /^[\s\S]*\d[.!?]\s+/.exec(text)?.[0].length ?? 0;
	const leading = LEADING_WORDS.exec(text.slice(sentenceEnd))?.[0].length ?? 0;
	text = text.slice(sentenceEnd + leading);
	start += sentenceEnd + leading;
	const separator = result.end ? RANGE_SEPARATOR.exec(text) : null;
	if (!result.end || !separator) return [readPart(result.start, text, start, context)].filter((candidate) => candidate !== null);
	const rightStart = separator.index + separator[0].length;
	return [readPart(result.start, text.slice(0, separator.index), start, context), readPart(result.end, text.slice(rightStart), start + rightStart, context)].filter(
		(candidate) => candidate !== null,
	);
}

function readPart(components: DateParts, text: string, start: number, context: RuleContext): Candidate | null {
	const span = text.replace(/[\s,]+$/, '');
	const end = start + span.length;
	const certain = (name: chrono.Component) => components.isCertain(name);
	const hasClock = certain('hour') && WRITTEN_CLOCK.test(span);
	if ((!certain('month') && !hasClock) || !/\d/.test(span) || RELATIVE_WORDS.test(span)) return null;
	const clock = hasClock ? `T${pad(components.get('hour') ?? 0)}:${pad(components.get('minute') ?? 0)}` : '';
	const day = resultDay(components, context, () => context.tenseAt(start, end));
	return toCandidate(start, end, {
		type: hasClock ? 'time' : 'date',
		value: day ? day.value + clock : undefined,
		resolution: day ? day.resolution : 'a date that needs the article date',
		clock: hasClock && !certain('month') && !certain('weekday') ? clock : undefined,
	});
}

/**
 * The day (or month) a chrono result names, with the year filled in from the reference date where the text
 * has none; the tense of the clause is read only then.
 */
function resultDay(components: DateParts, context: RuleContext, tenseOf: () => Tense): { value: string; resolution: string } | null {
	const get = (name: chrono.Component) => components.get(name) ?? 0;
	const ref = context.ref;
	if (components.isCertain('month')) {
		const month = get('month');
		const hasDay = components.isCertain('day');
		if (components.isCertain('year')) {
			return { value: hasDay ? formatDay({ year: get('year'), month, day: get('day') }) : formatMonth(get('year'), month), resolution: 'written in full' };
		}
		if (!ref) return null;
		const tense = tenseOf();
		if (!hasDay) return { value: formatMonth(yearOfNearestMonth(ref, month, tense), month), resolution: `the month nearest the reference date (${tenseWords(tense)})` };
		const year = yearOfNearestMonthDay(ref, month, get('day'), tense);
		return year === null ? null : { value: formatDay({ year, month, day: get('day') }), resolution: `the year that puts the day nearest the reference date (${tenseWords(tense)})` };
	}
	if (!ref) return null;
	if (components.isCertain('weekday')) {
		const tense = tenseOf();
		return { value: formatDay(nearestWeekday(ref, get('weekday') || 7, tense)), resolution: `weekday nearest the reference date (${tenseWords(tense)})` };
	}
	return { value: formatDay(ref), resolution: 'on the reference date' };
}
