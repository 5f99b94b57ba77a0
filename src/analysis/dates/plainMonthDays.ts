/**
 * Month days written plainly ("February 12", "Feb. 12th, 2022") read without running chrono-node. Where no
 * parser of chrono's strict set but the month-day one can match a window, and nothing after its one match
 * would be joined to it by chrono's refiners (a time zone, a year), chrono's answer is known: it is read here
 * with chrono's own pattern, for a small part of the cost of a chrono run. Anything else is left to chrono.
 */
import type * as chrono from 'chrono-node';
import { PARSER_PATTERNS, parserIndex } from './chronoParsers';

/** What is read of a date; chrono's parsed components have it. */
export interface DateParts {
	isCertain(component: chrono.Component): boolean;
	get(component: chrono.Component): number | null;
}

/** A date found in a window, as chrono gives it: its offset, its text, and its two ends for a range. */
export interface DateResult {
	index: number;
	text: string;
	start: DateParts;
	end?: DateParts | null;
}

/** Chrono's parser of month days ("February 12, 2022"); groups: boundary, month, day, last day of a range, year. */
const MONTH_DAY = parserIndex((source) => source.startsWith(String.raw`(\W|^)((?:september|`) && source.includes(String.raw`))(?:-|\/|\s*,?\s*)(`));
/** Chrono's parser of clock times ("at 5", "10:30", "3 pm to 5"). */
const CLOCK = parserIndex((source) => source.startsWith(String.raw`(^|\s|T|\b)(?:(?:at|from)\s*)??(\d{1,4})`));
/** Chrono's parser of weekdays ("on Saturday,"); groups: boundary, this/last/next before, weekday, this/last/next week after. */
const WEEKDAY = parserIndex((source) => source.includes('|weekend|weekday)'));
/**
 * Chrono's month-day pattern without its days written as ordinal words ("twenty-first"): those make up
 * most of it, and of its compilation, costly in a fresh process. Without an ordinal word in the text, both
 * find the same matches.
 */
const MONTH_DAY_IN_DIGITS = MONTH_DAY < 0 ? null : withoutOrdinalWords(PARSER_PATTERNS[MONTH_DAY]);
/** Every ordinal word of chrono's holds one of these. */
const ORDINAL_WORD = /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;
/** The parsers whose patterns must find nothing for this reading to stand. */
const OTHER_PARSERS = PARSER_PATTERNS.map((_, index) => index).filter((index) => index !== MONTH_DAY && index !== CLOCK && index !== WEEKDAY);

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
/** In chrono's numbering: 0 for Sunday. */
const WEEKDAYS = 'sunmontuewedthufrisat';
/** Days in each month of a common year: a day beyond them (29 February) is left to chrono, which checks it against the year it infers. */
const COMMON_MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Where chrono's clock parser may find a time at a number: before it ("at 5"), or after it ("5 pm", "10:30", "3 to 5"). */
const CLOCK_BEFORE = /(?:at|from)\s*$/i;
const CLOCK_AFTER = /^(?:[.:：]\d|\s*(?:[ap]\.m\.|[ap]m?(?!\w)|o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon)|(?:[-–~〜?]|to|until|through|till)\s*\d))/i;
/** How far before a number `CLOCK_BEFORE` looks: "from" and the spaces chrono allows after it. */
const CLOCK_BEFORE_REACH = 12;
/** How near a date or a weekday an hour or a weekday may be joined to it by chrono ("Feb. 12, 10", "10 - March 5", "Feb. 12 to Sunday"). */
const JOIN_REACH = 16;

/** What chrono's refiners add to a date when it follows: a time zone offset ("GMT+3"), a time zone name ("EST"), a year. */
const ZONE_OFFSET_AFTER = /^\s*(?:\(?(?:GMT|UTC)\s?)?[+-]\d/i;
const ZONE_NAME_AFTER = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;
const NUMBER_AFTER = /^\s*\d/;

/**
 * Chrono's strict results for `text`, where they are a plain month day or nothing; null where chrono must be
 * run. `skipped` is the mask of chrono's parsers already known to find nothing in `text` (`skippedParsers`).
 */
export function plainMonthDays(text: string, skipped: number): DateResult[] | null {
	if (MONTH_DAY < 0 || CLOCK < 0 || WEEKDAY < 0) return null;
	for (const index of OTHER_PARSERS) if (!(skipped & (1 << index)) && PARSER_PATTERNS[index].test(text)) return null;
	const pattern = ORDINAL_WORD.test(text) ? PARSER_PATTERNS[MONTH_DAY] : MONTH_DAY_IN_DIGITS!;
	const results: MonthDay[] = [];
	// As chrono does: each search starts where the last result ends.
	for (let from = 0, match = pattern.exec(text); match; match = pattern.exec(text.slice(from))) {
		const result = readMonthDay(match, from, text);
		// Two results may become a range ("March 3 to March 5"): chrono's refiners decide.
		if (!result || results.length > 0) return null;
		results.push(result);
		from = result.index + result.text.length;
	}
	const weekdays = skipped & (1 << WEEKDAY) ? [] : weekdaysIn(text);
	if (!weekdays) return null;
	const joined = joinWeekday(text, results[0], weekdays);
	return joined && !mayHoldClock(text, joined[0], weekdays) ? joined : null;
}

/** A day pattern of chrono's without its alternative of ordinal words (`(?:first|…)|` before the digits). */
function withoutOrdinalWords(pattern: RegExp): RegExp {
	return new RegExp(pattern.source.replace(/\(\?:[a-z |-]+\)\|(?=\[0-9\]\{1,2\}\(\?:st\|nd\|rd\|th\)\?)/g, ''), pattern.flags);
}

/** The spans of chrono's weekday results in `text` ("on Saturday,"), found as chrono finds them; null for one with more than a weekday. */
function weekdaysIn(text: string): WeekdaySpan[] | null {
	const pattern = PARSER_PATTERNS[WEEKDAY];
	const spans: WeekdaySpan[] = [];
	for (let from = 0, match = pattern.exec(text); match; match = pattern.exec(text.slice(from))) {
		const [whole, boundary, modifierBefore, weekdayName, modifierAfter] = match;
		const weekday = WEEKDAYS.indexOf(weekdayName.slice(0, 3).toLowerCase());
		// "this Monday", "Monday next week", "weekend": chrono may read more of them; left to it.
		if (modifierBefore !== undefined || modifierAfter !== undefined || weekday < 0 || weekday % 3 !== 0) return null;
		const start = from + match.index + boundary.length;
		from += match.index + whole.length;
		spans.push({ start, end: from, weekday: weekday / 3 });
	}
	return spans;
}

interface WeekdaySpan {
	start: number;
	end: number;
	/** In chrono's numbering: 0 for Sunday. */
	weekday: number;
}

/**
 * The results chrono keeps: the date, with the weekday written just before it joined to it ("on Saturday,
 * February 12"). Other weekdays alone are dropped in chrono's strict mode, unless they lie near enough the
 * date to be joined to it otherwise (a range): then null.
 */
function joinWeekday(text: string, date: MonthDay | undefined, weekdays: readonly WeekdaySpan[]): MonthDay[] | null {
	if (!date) return [];
	let joined = date;
	for (const { start, end, weekday } of weekdays) {
		if (end <= date.index && /^,?\s*$/.test(text.slice(end, date.index))) joined = new MonthDay(start, text.slice(start, date.index) + date.text, date.month, date.day, date.year, weekday);
		else if (isNear(start, end, date)) return null;
	}
	return [joined];
}

/** True when `[start, end)` lies within `JOIN_REACH` of the result. */
const isNear = (start: number, end: number, result: DateResult) => start < result.index + result.text.length + JOIN_REACH && end > result.index - JOIN_REACH;

/** The result of one match of chrono's month-day pattern found at `offset`, or null where chrono may read it otherwise. */
function readMonthDay(match: RegExpExecArray, offset: number, text: string): MonthDay | null {
	const [whole, boundary, monthName, day, lastDay, year] = match;
	if (lastDay !== undefined || !/^\d+(?:st|nd|rd|th)?$/.test(day) || (year !== undefined && !/^[1-9]\d{3}$/.test(year))) return null;
	const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) / 3 + 1;
	const dayOfMonth = parseInt(day, 10);
	if (dayOfMonth < 1 || dayOfMonth > COMMON_MONTH_LENGTHS[month - 1]) return null;
	const index = offset + match.index + boundary.length;
	const resultText = whole.slice(boundary.length);
	const after = text.slice(index + resultText.length);
	if (ZONE_OFFSET_AFTER.test(after) || isUpperCase(ZONE_NAME_AFTER.exec(after)?.[1]) || (year === undefined && NUMBER_AFTER.test(after))) return null;
	return new MonthDay(index, resultText, month, dayOfMonth, year === undefined ? null : Number(year), null);
}

const isUpperCase = (word: string | undefined) => word !== undefined && word === word.toUpperCase();

/** A run of digits; found by a regex, natively, rather than by a loop over every character. */
const DIGIT_RUN = /[0-9]+/g;

/**
 * True when chrono's clock parser may find a time that it keeps at some number of `text`. It reads most
 * numbers of one or two digits as hours, but drops those left bare ("12"); a time zone after one, or a date,
 * a weekday or another number beside it, may make it a time that stays.
 */
function mayHoldClock(text: string, date: DateResult | undefined, weekdays: readonly WeekdaySpan[]): boolean {
	DIGIT_RUN.lastIndex = 0;
	for (let match = DIGIT_RUN.exec(text); match; match = DIGIT_RUN.exec(text)) {
		const index = match.index;
		const end = index + match[0].length;
		const after = text.slice(end);
		if (CLOCK_BEFORE.test(text.slice(Math.max(0, index - CLOCK_BEFORE_REACH), index)) || CLOCK_AFTER.test(after)) return true;
		if (end - index === 2 && !(date && index >= date.index && end <= date.index + date.text.length)) {
			if (ZONE_OFFSET_AFTER.test(after) || ZONE_NAME_AFTER.test(after) || (date && isNear(index, end, date))) return true;
			if (weekdays.some((weekday) => index < weekday.end + JOIN_REACH && end > weekday.start - JOIN_REACH)) return true;
		}
	}
	return false;
}


/** A month day read here, with its parts; the year and the weekday are certain only when written. */
class MonthDay implements DateResult, DateParts {
	readonly start = this;
	readonly end = null;

	constructor(
		readonly index: number,
		readonly text: string,
		readonly month: number,
		readonly day: number,
		readonly year: number | null,
		readonly weekday: number | null,
	) {}

	isCertain(component: chrono.Component): boolean {
		return this.get(component) !== null;
	}

	get(component: chrono.Component): number | null {
		return component === 'month' ? this.month : component === 'day' ? this.day : component === 'year' ? this.year : component === 'weekday' ? this.weekday : null;
	}
}
