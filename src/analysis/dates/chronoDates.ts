/** Month days and numeric dates (with any clock time written with them) read by chrono-node, run only on short windows around likely spots. */
import * as chrono from 'chrono-node';
import { formatDay, formatMonth, pad } from './calendar';
import { type Candidate, type RuleContext, toCandidate } from './dateRule';
import { nearestWeekday, tenseWords, yearOfNearestMonth, yearOfNearestMonthDay } from './resolve';
import type { Tense } from './tense';

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
	const reference = context.ref ? new Date(Date.UTC(context.ref.year, context.ref.month - 1, context.ref.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
	const candidates: Candidate[] = [];
	for (const [from, to] of spotWindows(text, start, end)) {
		const windowText = text.slice(from, to);
		for (const result of parserFor(windowText).parse(windowText, reference)) {
			candidates.push(...readResult(result, from, context));
		}
	}
	return candidates;
}

/**
 * Parsers of chrono's strict English set that find nothing in a text lacking some characters or words, each
 * told by its pattern, with a test that is true whenever the parser's pattern can match. In a fresh process
 * most of chrono's time goes to compiling and first running these parsers' patterns, while they rarely find anything.
 */
const SKIPPABLE_PARSERS: ReadonlyArray<{ isParser: (source: string) => boolean; mayMatch: (text: string) => boolean }> = [
	// Lengths of time: "within two weeks", "three days ago", "a year later": each counts a unit.
	{ isParser: (source) => source.startsWith(String.raw`(\W|^)(?:within|in|for)\s*`), mayMatch: (text) => mayCountUnits(text) },
	{ isParser: (source) => source.endsWith(String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`), mayMatch: (text) => /ago|before|earlier/i.test(text) && mayCountUnits(text) },
	{ isParser: (source) => source.endsWith(String.raw`\s{0,5}(later|after|from now)(?=\W|$)`), mayMatch: (text) => /later|after|from now/i.test(text) && mayCountUnits(text) },
	// Day before month, "12th of March": an ordinal (digits, or a word ending like one) and its separator, then a month name.
	{ isParser: (source) => source.startsWith(String.raw`(\W|^)(?:on\s{0,3})?((?:(?:twenty seventh|`), mayMatch: (text) => ORDINAL_BEFORE_MONTH.test(text) },
	// "2022/02/12", "2022-02-12", "12.2.2022", "2/2022": digits on both sides of a separator.
	{ isParser: (source) => source.startsWith(String.raw`(\W|^)([0-9]{4})[-\.\/\s](?:(`), mayMatch: (text) => /\d{4}[-./\s]/.test(text) },
	{ isParser: (source) => source.startsWith(String.raw`(\W|^)([0-9]{4})\-([0-9]{1,2})\-([0-9]{1,2})`), mayMatch: (text) => /\d{4}-\d/.test(text) },
	{ isParser: (source) => source.startsWith(String.raw`([^\d]|^)([0-3]{0,1}[0-9]{1})[\/\.\-]([0-3]{0,1}[0-9]{1})`), mayMatch: (text) => /\d[-./]\d/.test(text) },
	{ isParser: (source) => source === String.raw`(\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})`, mayMatch: (text) => /\d\/\d/.test(text) },
	// Year before month, "2022 February", "300 BC March": four digits, or an era.
	{ isParser: (source) => source.startsWith(String.raw`(\W|^)((?:[1-9][0-9]{0,3}\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}))`), mayMatch: (text) => /\d{4}|\d\s{0,2}(?:BE|AD|BC|CE)/i.test(text) },
	// Weekdays ("Sun.", "thurs") and "weekend", "weekday".
	{ isParser: (source) => source.includes('|weekend|weekday)'), mayMatch: (text) => /mon|tue|wed|thu|fri|sat|sun|week/i.test(text) },
];
const ORDINAL_BEFORE_MONTH = /(?:\d|st|nd|rd|th)(?:-|\/|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** Chrono's time units, also inside words ("Saturday"). */
const TIME_UNIT = /second|minute|hour|day|week|month|quarter|year/gi;
/** How any of chrono's counts ends ("12", "two", "a couple of"), with the spaces before its unit. */
const COUNT_END = /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s*$/i;
/** Room for the longest count word and the most spaces chrono allows before a unit. */
const COUNT_END_REACH = 16;

/** True when a time unit follows what may end a count: chrono's lengths of time all hold one. */
function mayCountUnits(text: string): boolean {
	TIME_UNIT.lastIndex = 0;
	for (let match = TIME_UNIT.exec(text); match; match = TIME_UNIT.exec(text)) {
		if (COUNT_END.test(text.slice(Math.max(0, match.index - COUNT_END_REACH), match.index))) return true;
		// Units may overlap ("dayear"): look again from the next character.
		TIME_UNIT.lastIndex = match.index + 1;
	}
	return false;
}

/** For each skippable parser, its index in chrono's strict set (-1 when this chrono version has no such parser). */
const SKIPPABLE_INDEX = (() => {
	const context = new chrono.ParsingContext('', new Date(0));
	const sources = chrono.strict.parsers.map((parser) => parser.pattern(context).source);
	return SKIPPABLE_PARSERS.map(({ isParser }) => sources.findIndex(isParser));
})();
/** Chrono instances by the set of skipped parsers, as a bit mask: a few in practice, 2^10 at most. */
const chronoBySkipped = new Map<number, chrono.Chrono>();

/** Chrono's strict English parser without the parsers that cannot match `text`: the results are the same, sooner. */
export function parserFor(text: string): chrono.Chrono {
	let skipped = 0;
	SKIPPABLE_PARSERS.forEach(({ mayMatch }, index) => {
		if (SKIPPABLE_INDEX[index] >= 0 && !mayMatch(text)) skipped |= 1 << index;
	});
	let parser = chronoBySkipped.get(skipped);
	if (!parser) {
		const skippedIndexes = new Set(SKIPPABLE_INDEX.filter((_, index) => skipped & (1 << index)));
		parser = new chrono.Chrono({ parsers: chrono.strict.parsers.filter((_, index) => !skippedIndexes.has(index)), refiners: chrono.strict.refiners });
		chronoBySkipped.set(skipped, parser);
	}
	return parser;
}

/** Merged windows around the spots in `[start, end)`, widened to whitespace so no word is cut. */
function spotWindows(text: string, start: number, end: number): Array<[number, number]> {
	const windows: Array<[number, number]> = [];
	const part = text.slice(start, end);
	CHRONO_SPOT.lastIndex = 0;
	for (let match = CHRONO_SPOT.exec(part); match; match = CHRONO_SPOT.exec(part)) {
		let from = Math.max(start, start + match.index - WINDOW_BEFORE);
		let to = Math.min(end, start + match.index + WINDOW_AFTER);
		while (from > start && !/\s/.test(text[from - 1])) from--;
		while (to < end && !/\s/.test(text[to])) to++;
		const last = windows[windows.length - 1];
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else windows.push([from, to]);
	}
	return windows;
}

/** The candidates of one chrono result: one date, or the two ends of a range ("January 30 to February 2"). */
function readResult(result: chrono.ParsedResult, offset: number, context: RuleContext): Candidate[] {
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

function readPart(components: chrono.ParsedComponents, text: string, start: number, context: RuleContext): Candidate | null {
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
function resultDay(components: chrono.ParsedComponents, context: RuleContext, tenseOf: () => Tense): { value: string; resolution: string } | null {
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
