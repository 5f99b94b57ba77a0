import * as assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { CALENDAR_RULES } from '../../../src/analysis/dates/calendarRules';
import { candidateWindows } from '../../../src/analysis/dates/candidateWindows';
import { parserFor } from '../../../src/analysis/dates/chronoParsers';
import { CLOCK_RULES } from '../../../src/analysis/dates/clockRules';
import { hasCues } from '../../../src/analysis/dates/cues';
import { DURATION_RULES } from '../../../src/analysis/dates/durationRules';
import { HOLIDAY_RULES } from '../../../src/analysis/dates/holidayRules';
import { RELATIVE_RULES } from '../../../src/analysis/dates/relativeRules';
import { loadSamples } from '../../bench/generateCorpus';

const RULES = [...CALENDAR_RULES, ...RELATIVE_RULES, ...HOLIDAY_RULES, ...CLOCK_RULES, ...DURATION_RULES];

/** Phrases near the edges of the rules' patterns: odd case, digits run into words, plural and possessive forms. */
const PHRASES = [
	'in the 1990s and the nineties, the ’90s, the NINETIESS, 1990’s, the 1960s-era rules',
	'the 21st century, the 3rd Century, the first quarter of 2020, the SECOND HALF of last year, 4th-quarter results',
	'LAST WEEK, this Weekend, the coming decade, earlier this year, the previous MONTH, the following century',
	'Every MONDAY morning, each day, every other week, twice a DAY, three times per year, $5 a month, per hour',
	'at 3pm, 3 P.M., 10:30, 23:59 GMT, 5 o’clock, 12 noon, at midday, 9a.m. Tuesday, 7\u2009pm',
	'two weeks ago, a year later, 3 months earlier, ten days from now, a decade hence, a couple of weeks',
	'the next day, the following week, the preceding year, the end of the MONTH, the beginning of the week',
	'New Year’s Eve, New Year\'s Day, Christmas 2020, Christmas Day, Thanksgiving, Labor Day 2019, Valentine’s Day',
	'on Mondays, on Sundays and Fridays, tonight, this morning, last night, TODAY, yesterday afternoon, USA Today',
	'2022-02-08, March 2020, May of 2019, Sept. 2021, in May, last March, fiscal 2022, calendar year 2021',
	'over the weekend, for weeks, the past three years, in recent days, hourly, daily, the weekly, a 6-year-old',
	'for the last 48 hours, some 20 years, a half hour, two and a half years, 1,000 days, 2.5 weeks, 5 1/2 months',
	'early 2020, mid-March, late summer, in the spring, the fall of 2019, this winter, spring 2022',
	'Xeveryday foreach everyweek reweekend 12345678901234567890123456789012345678901234567890every day',
];

const SAMPLES = loadSamples();

describe('date prefilters', () => {
	it('skip a rule only on windows where its pattern finds no match', () => {
		for (const text of [...PHRASES, ...SAMPLES]) {
			for (const window of candidateWindows(text)) {
				const slice = text.slice(window.start, window.end);
				for (const rule of RULES) {
					if (!(rule.needs & window.anchors) || hasCues(rule.cues, window.cues)) continue;
					const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
					assert.equal(pattern.exec(slice), null, `${rule.pattern.source.slice(0, 40)} matches in ${JSON.stringify(slice)}`);
				}
			}
		}
	});

	it('leave out only chrono parsers that find nothing', () => {
		const reference = new Date(Date.UTC(2022, 1, 8, 12));
		const read = (results: chrono.ParsedResult[]) => results.map((result) => [result.index, result.text, result.start.date().toISOString(), result.end?.date().toISOString()]);
		const chronoPhrases = [
			'within two weeks of March 3',
			'3 days ago, on March 1',
			'a year later, in May 2021',
			'the twelfth of March and the 3rd of May',
			'2022/02/12, 2022-02-12T10:00, 12.2.2022, 2/2022, 12/02/2022',
			'2022 February, 300 BC March',
			'Sunday, Feb 6, at 10am, thurs. Feb 10 and the weekend of Feb 12',
			'from Jan 30 to Feb 2, in about a couple of weeks',
		];
		for (const text of [...chronoPhrases, ...PHRASES, ...SAMPLES.map((sample) => sample.slice(0, 2000))]) {
			assert.deepEqual(read(parserFor(text).parse(text, reference)), read(chrono.strict.parse(text, reference)), text);
		}
	});

	it('recognise every skippable chrono parser', () => {
		assert.equal(parserFor('').parsers.length, chrono.strict.parsers.length - 10);
	});
});
