import * as assert from 'node:assert/strict';
import { findDates } from '../../../src/analysis/dates/findDates';

/** Deterministic pseudo-random characters, including surrogate pairs and control characters. */
function noise(length: number, seed = 7): string {
	let state = seed;
	let text = '';
	while (text.length < length) {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		const code = state % 0x11000;
		text += code >= 0xd800 && code < 0xe000 ? '2' : String.fromCodePoint(code % 3 === 0 ? 32 + (code % 95) : code);
	}
	return text;
}

function assertWellFormed(text: string, referenceDate: string | null) {
	const dates = findDates(text, referenceDate);
	let previousEnd = 0;
	for (const date of dates) {
		assert.ok(date.start >= previousEnd && date.end > date.start && date.end <= text.length, `bad span ${date.start}-${date.end}`);
		assert.equal(text.slice(date.start, date.end), date.text);
		previousEnd = date.end;
	}
	return dates;
}

describe('findDates on bad input', () => {
	it('returns nothing for empty text and non-strings', () => {
		assert.deepEqual(findDates('', '2022-01-26'), []);
		assert.deepEqual(findDates(undefined as unknown as string, '2022-01-26'), []);
	});
	it('ignores a malformed reference date', () => {
		const dates = assertWellFormed('They met last Friday and in 2014.', '2022-02-30');
		assert.equal(dates.find((date) => date.text === 'last Friday')?.value, undefined);
		assert.equal(dates.find((date) => date.text === '2014')?.value, '2014');
	});
	it('survives binary noise, emoji, Cyrillic and CRLF', () => {
		assertWellFormed(noise(50_000), '2022-01-26');
		const mixed = 'Лавров said on Friday 👍🏽 that\r\nthe talks on February 12 🇺🇦 lasted 3 hours.\r\n';
		const dates = assertWellFormed(mixed, '2022-01-26');
		assert.deepEqual(dates.map((date) => date.text), ['Friday', 'February 12', '3 hours']);
	});
	it('handles 5 MB of text in linear time', function () {
		this.timeout(20_000);
		const article = 'On Friday the minister said that talks in mid-February could last a couple of weeks. 2014 was different. ';
		const text = article.repeat(Math.ceil(5_000_000 / article.length));
		const started = Date.now();
		const dates = findDates(text, '2022-01-26');
		assert.ok(dates.length > 100_000);
		assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
	});
	it('handles 5 MB without spaces or with digits only', function () {
		this.timeout(20_000);
		assertWellFormed('7'.repeat(5_000_000), '2022-01-26');
		assertWellFormed('a1'.repeat(2_500_000), '2022-01-26');
	});
	it('is deterministic', () => {
		const text = 'Last week, on Tuesday at 10 a.m., talks began; next week they resume.';
		assert.deepEqual(findDates(text, '2022-01-26'), findDates(text, '2022-01-26'));
	});
});
