import * as assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { PARSER_PATTERNS, skippedParsers } from '../../../src/analysis/dates/chronoParsers';
import { type DateResult, plainMonthDays } from '../../../src/analysis/dates/plainMonthDays';
import { loadSamples } from '../../bench/generateCorpus';

const COMPONENTS: chrono.Component[] = ['month', 'day', 'year', 'hour', 'minute', 'weekday'];
/** What the date pass reads of a result. */
const read = (results: readonly DateResult[]) =>
	results.map((result) => [result.index, result.text, Boolean(result.end), ...COMPONENTS.map((name) => (result.start.isCertain(name) ? result.start.get(name) : null))]);

/** Sentences around month days, with what chrono may read or join beside them: weekdays, clock times, time zones, years, ranges, other numbers. */
function trickySentences(): string[] {
	const before = ['', 'on Saturday, ', 'Sat. ', 'this Monday, ', 'Monday ', '(Monday) ', '10, Monday, ', 'weekend ', 'at ', 'from ', 'the 3rd of ', '2022 ', 'in 5 days ', 'T', 'x'];
	const months = ['January', 'Feb.', 'sept', 'May', 'may', 'MAR', 'Jun.'];
	const days = ['1', '12', '31', '29', '30', '0', '12th', '21st', '32', '07', 'first'];
	const after = ['', ',', ', 2022', ' 2022', ', 22', ' at 5', ' at 3 p.m.', ' EST', ', ET', ' GMT+3', ' - 14', ' to 14', ' 2022 be', ' pm', " o'clock", ' (UTC)', '.5', ' - March 5', ' Monday'];
	const elsewhere = ['', ' and Westerners on Saturday to', ' but last Monday', ' to Sunday', ' and on Friday, 12 people', '. 10 people', ' and 12 EST', ' 12 of them', ', 1,001 adults', ' $4.5 million', ' 10 or 12', ' at 7'];
	const sentences: string[] = [];
	for (const first of before) for (const month of months) for (const day of days) for (const last of after) sentences.push(`We met ${first}${month} ${day}${last} then left.`);
	for (const first of before) for (const day of ['3', '12']) for (const last of after.slice(0, 4)) for (const other of elsewhere) sentences.push(`said ${first}Feb. ${day}${last}${other} then.`);
	return sentences;
}

describe('plain month days', () => {
	it('read what chrono reads, or leave the text to chrono', () => {
		const reference = new Date(Date.UTC(2022, 0, 28, 12));
		for (const text of [...trickySentences(), ...loadSamples().flatMap((sample) => sample.split(/\n+/))]) {
			const plain = plainMonthDays(text, skippedParsers(text));
			if (plain) assert.deepEqual(read(plain), read(chrono.strict.parse(text, reference)), text);
		}
	});

	it('read days written as any of chrono\'s ordinal words as chrono does, or leave them to chrono', () => {
		const reference = new Date(Date.UTC(2022, 0, 28, 12));
		const monthDay = PARSER_PATTERNS.find((pattern) => pattern.source.startsWith(String.raw`(\W|^)((?:september|`))!;
		const ordinals = /\(\?:((?:[a-z -]+\|)+[a-z -]+)\)\|\[0-9\]/.exec(monthDay.source)![1].split('|');
		assert.ok(ordinals.length > 30);
		for (const ordinal of ordinals) {
			for (const text of [`We met on March ${ordinal} then left.`, `On ${ordinal.toUpperCase()} of May and March ${ordinal}, 2022.`]) {
				const plain = plainMonthDays(text, skippedParsers(text));
				if (plain) assert.deepEqual(read(plain), read(chrono.strict.parse(text, reference)), text);
			}
		}
	});

	it('read the common forms themselves', () => {
		const forms = ['held on February 12.', 'by Feb. 3, 2022, the', 'on Saturday, February 12, by the head', 'on February 12.\n\nKiev authorities urged Westerners on Saturday to', 'as early as February 16th. The', 'the quarter ended Sept. 30, and sales fell'];
		for (const text of forms) assert.equal(plainMonthDays(text, skippedParsers(text))?.length, 1, text);
	});
});
