/** Chrono-node's strict English parsers, and which of them cannot match a text: those are left out, as they would find nothing. */
import * as chrono from 'chrono-node';

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

const context = new chrono.ParsingContext('', new Date(0));
/** The pattern of each parser of chrono's strict set, by index: shared with chrono (and neither global nor sticky, so testing it leaves no state). */
export const PARSER_PATTERNS: readonly RegExp[] = chrono.strict.parsers.map((parser) => parser.pattern(context));

/** The index in chrono's strict set of the parser whose pattern source `isParser` tells; -1 when this chrono version has none. */
export const parserIndex = (isParser: (source: string) => boolean) => PARSER_PATTERNS.findIndex((pattern) => isParser(pattern.source));

/** For each skippable parser, its index in chrono's strict set. */
const SKIPPABLE_INDEX = SKIPPABLE_PARSERS.map(({ isParser }) => parserIndex(isParser));

/** The parsers that cannot match `text`, as a mask with bit `i` for the parser at index `i` of chrono's strict set. */
export function skippedParsers(text: string): number {
	let skipped = 0;
	SKIPPABLE_PARSERS.forEach(({ mayMatch }, index) => {
		if (SKIPPABLE_INDEX[index] >= 0 && !mayMatch(text)) skipped |= 1 << SKIPPABLE_INDEX[index];
	});
	return skipped;
}

/** Chrono instances by the set of skipped parsers: a few in practice, 2^10 at most. */
const chronoBySkipped = new Map<number, chrono.Chrono>();

/** Chrono's strict English parser without the `skipped` parsers (a mask from `skippedParsers`). */
export function chronoWithout(skipped: number): chrono.Chrono {
	let parser = chronoBySkipped.get(skipped);
	if (!parser) {
		parser = new chrono.Chrono({ parsers: chrono.strict.parsers.filter((_, index) => !(skipped & (1 << index))), refiners: chrono.strict.refiners });
		chronoBySkipped.set(skipped, parser);
	}
	return parser;
}

/** Chrono's strict English parser without the parsers that cannot match `text`: the results are the same, sooner. */
export const parserFor = (text: string): chrono.Chrono => chronoWithout(skippedParsers(text));
