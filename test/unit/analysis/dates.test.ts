import * as assert from 'node:assert/strict';
import { findDates } from '../../../src/analysis/dates/findDates';
import type { DateExpression } from '../../../src/analysis/types';

/** The expression found exactly on `phrase` in `text` (its first occurrence). */
function found(text: string, phrase: string, referenceDate: string | null = '2022-01-26'): DateExpression {
	const start = text.indexOf(phrase);
	assert.ok(start >= 0, `"${phrase}" is not in the text`);
	const expression = findDates(text, referenceDate).find((date) => date.start === start && date.end === start + phrase.length);
	assert.ok(expression, `no date found on "${phrase}"; found ${JSON.stringify(findDates(text, referenceDate).map((date) => date.text))}`);
	assert.equal(expression.text, phrase);
	return expression;
}

function assertDate(text: string, phrase: string, expected: Partial<DateExpression>, referenceDate?: string | null) {
	const expression = found(text, phrase, referenceDate);
	for (const [key, value] of Object.entries(expected)) assert.equal(expression[key as keyof DateExpression], value, `${key} of "${phrase}"`);
}

describe('findDates', () => {
	describe('the guideline examples (reference Wednesday 2022-01-26)', () => {
		const cases: Array<[string, string, Partial<DateExpression>]> = [
			['The talks ended on 2022-01-28.', '2022-01-28', { type: 'date', value: '2022-01-28' }],
			['They will meet on February 12 in Geneva.', 'February 12', { type: 'date', value: '2022-02-12' }],
			['This was announced on Saturday, February 12 by the ministry.', 'Saturday, February 12', { type: 'date', value: '2022-02-12' }],
			['The invasion could begin on February 16th, officials fear.', 'February 16th', { type: 'date', value: '2022-02-16' }],
			['He spoke to reporters on Saturday.', 'Saturday', { type: 'date', value: '2022-01-22' }],
			['Lavrov met Blinken in Geneva last Friday.', 'last Friday', { type: 'date', value: '2022-01-21' }],
			['Russia said on Sunday (23) that it wants respect.', 'Sunday (23)', { type: 'date', value: '2022-01-23' }],
			['The offensive could come around mid-February.', 'mid-February', { type: 'date', value: '2022-02', mod: 'MID' }],
			['Troops massed there in late 2021.', 'late 2021', { type: 'date', value: '2021', mod: 'END' }],
			['The first warnings came in November.', 'November', { type: 'date', value: '2021-11' }],
			['Russia annexed Crimea in 2014.', '2014', { type: 'date', value: '2014' }],
			['The embassy announced today that it will not back down.', 'today', { type: 'date', value: '2022-01-26' }],
			['Yesterday the minister repeated the warning.', 'Yesterday', { type: 'date', value: '2022-01-25' }],
			['A decision is expected this week.', 'this week', { type: 'date', value: '2022-W04' }],
			['They will meet again next week.', 'next week', { type: 'date', value: '2022-W05' }],
			['The letter was sent a week ago.', 'a week ago', { type: 'date', value: '2022-W03' }],
			['The proposals were handed over in early January.', 'early January', { type: 'date', value: '2022-01', mod: 'START' }],
			['The ceremony starts at 12 noon.', '12 noon', { type: 'time', value: '2022-01-26T12:00' }],
			['The ministers met on Wednesday morning.', 'Wednesday morning', { type: 'time', value: '2022-01-26TMO' }],
		];
		for (const [text, phrase, expected] of cases) it(`"${phrase}"`, () => assertDate(text, phrase, expected));
	});

	describe('modifiers before periods', () => {
		it('widen a period over any spaces or hyphens after the modifier, in any case', () => {
			assertDate('It grew in EARLY\u00a02020.', 'EARLY\u00a02020', { mod: 'START' });
			assertDate('Sales fell in mid -March.', 'mid -March', { mod: 'MID' });
			assertDate('It peaked in the middle of\u2003June.', 'the middle of\u2003June', { mod: 'MID' });
			assertDate('Talks resumed in late\n2021.', 'late\n2021', { mod: 'END' });
			assertDate('It lasted until the Beginning of 1999.', 'the Beginning of 1999', { mod: 'START' });
		});
	});

	describe('durations and sets', () => {
		it('marks counted durations with their TIMEX3 value', () => {
			assertDate('A new meeting within a couple of weeks.', 'a couple of weeks', { type: 'duration', value: 'P2W' });
			assertDate('No attack in the last 48 hours.', 'the last 48 hours', { type: 'duration', value: 'PT48H' });
			assertDate('The talks lasted 48 hours.', '48 hours', { type: 'duration', value: 'PT48H' });
			assertDate('It took three years.', 'three years', { type: 'duration', value: 'P3Y' });
			assertDate('A history of 1,000 years.', '1,000 years', { type: 'duration', value: 'P1000Y' });
			assertDate('The flight took 5 1/2 hours.', '5 1/2 hours', { type: 'duration', value: 'PT5H30M' });
			assertDate('He served two and a half years.', 'two and a half years', { type: 'duration', value: 'P2Y6M' });
		});
		it('marks vague durations with an X count', () => {
			assertDate('Tensions have been high for months.', 'months', { type: 'duration', value: 'PXM' });
			assertDate('Russia may attack in the coming days.', 'the coming days', { type: 'duration', value: 'PXD' });
			assertDate('Prices rose in recent months.', 'recent months', { type: 'duration', value: 'PXM' });
		});
		it('marks sets', () => {
			assertDate('Every day, more troops arrive.', 'Every day', { type: 'set', value: 'P1D' });
			assertDate('The border is patrolled daily by drones.', 'daily', { type: 'set', value: 'P1D' });
			assertDate('They meet every Monday.', 'every Monday', { type: 'set', value: 'XXXX-WXX-1' });
		});
		it('does not take ages or publications for times', () => {
			assert.deepEqual(findDates('A 6-year-old boy was found.', '2022-01-26'), []);
			assert.deepEqual(findDates('According to the German weekly Der Spiegel, it was planned.', '2022-01-26'), []);
		});
	});

	describe('tense decides the direction of weekdays and months', () => {
		it('looks back in a past-tense sentence', () => {
			assertDate('The minister said on Friday that talks failed.', 'Friday', { value: '2022-01-21' });
			assertDate('Talks took place in June.', 'June', { value: '2021-06' });
		});
		it('looks forward in a future-tense sentence', () => {
			assertDate('The minister will travel to Moscow on Friday.', 'Friday', { value: '2022-01-28' });
			assertDate('Talks will take place in June.', 'June', { value: '2022-06' });
		});
		it('lets a past-tense sentence point to the next two months', () => {
			assertDate('The talks were set for March.', 'March', { value: '2022-03' });
		});
		it('takes the reference date itself for its own weekday in the past', () => {
			assertDate('Blinken said on Wednesday that the door is open.', 'Wednesday', { value: '2022-01-26' });
		});
		it('resolves "last" and "next" strictly before and after the reference date', () => {
			assertDate('It happened last Wednesday.', 'last Wednesday', { value: '2022-01-19' });
			assertDate('It happens next Wednesday.', 'next Wednesday', { value: '2022-02-02' });
		});
	});

	describe('periods', () => {
		it('gives ISO weeks across a year boundary', () => {
			assertDate('They met this week.', 'this week', { value: '2021-W52' }, '2022-01-01');
			assertDate('They met last week.', 'last week', { value: '2022-W52' }, '2023-01-04');
		});
		it('reads decades, quarters, seasons and holidays', () => {
			assertDate('Growth slowed in the 1990s.', 'the 1990s', { value: '199' });
			assertDate('Growth slowed in the nineties.', 'the nineties', { value: '199' });
			assertDate('The deal collapsed over the weekend.', 'the weekend', { value: '2022-W03-WE' });
			assertDate('Profits fell in the third quarter.', 'the third quarter', { value: '2021-Q3' });
			assertDate('The pipeline opened last summer.', 'last summer', { value: '2021-SU' });
			assertDate('Gifts were exchanged at Christmas.', 'Christmas', { value: '2021-12-25' });
			assertDate('The vote is due by the end of the year.', 'the end of the year', { value: '2022', mod: 'END' });
			assertDate('Prices fell at the end of the year.', 'the end of the year', { value: '2021', mod: 'END' });
		});
		it('counts "later", "earlier" and "the next day" from the date spoken of before', () => {
			const text = 'Putin arrived on January 30. Two days later, he left. The next day he returned. In 2014 Crimea was annexed; a year later, war began.';
			const values = findDates(text, '2022-02-05').map((date) => [date.text, date.value]);
			assert.deepEqual(values, [['January 30', '2022-01-30'], ['Two days later', '2022-02-01'], ['The next day', '2022-02-02'], ['2014', '2014'], ['a year later', '2015']]);
		});
		it('splits a range into its two ends', () => {
			const dates = findDates('Talks ran from January 30 to February 2.', '2022-02-05');
			assert.deepEqual(dates.map((date) => [date.text, date.value]), [['January 30', '2022-01-30'], ['February 2', '2022-02-02']]);
		});
		it('joins a day and a clock time', () => {
			assertDate('The meeting was held on Friday at 3 p.m. in Geneva.', 'Friday at 3 p.m.', { type: 'time', value: '2022-01-21T15:00' });
		});
	});

	describe('without a reference date', () => {
		it('keeps relative expressions without a value', () => {
			const expression = found('Lavrov met Blinken last Friday.', 'last Friday', null);
			assert.equal(expression.value, undefined);
			assert.equal(expression.type, 'date');
			assert.match(expression.resolution ?? '', /not set|needs/);
		});
		it('still resolves absolute expressions', () => {
			assertDate('Russia annexed Crimea in March 2014.', 'March 2014', { value: '2014-03' }, null);
			assertDate('It was signed on 2015-02-12.', '2015-02-12', { value: '2015-02-12' }, null);
			assertDate('It was signed on February 12, 2015.', 'February 12, 2015', { value: '2015-02-12' }, null);
			assertDate('It happened in late 2021.', 'late 2021', { value: '2021', mod: 'END' }, null);
		});
	});

	it('counts the dateline as a date', () => {
		assertDate(' date 2022-01-28 Lavrov: “Moscow does not want war.”', '2022-01-28', { type: 'date', value: '2022-01-28' }, '2022-01-28');
	});

	it('explains how each value was obtained', () => {
		const dates = findDates('On Saturday the minister said that in 2014 talks lasted two days.', '2022-01-26');
		assert.ok(dates.length >= 3);
		for (const date of dates) assert.ok(date.resolution && date.resolution.length > 3, `no resolution for "${date.text}"`);
	});
});
