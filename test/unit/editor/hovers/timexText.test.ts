import * as assert from 'node:assert/strict';
import { timexInWords } from '../../../../src/editor/hovers/timexText';

describe('timexInWords', () => {
	it('writes days, days with a time and months in words', () => {
		// ICU versions differ on the comma after the weekday.
		assert.match(timexInWords('2022-01-23', 'en-GB') ?? '', /^Sunday,? 23 January 2022$/);
		assert.equal(timexInWords('2022-02', 'en-US'), 'February 2022');
		assert.match(timexInWords('2022-01-26T12:00', 'en-GB') ?? '', /^Wednesday,? 26 January 2022.*12:00$/);
	});

	it('leaves weeks, seasons, durations, unknown years and impossible days to the raw value', () => {
		for (const value of ['2022-W05', '2022-SP', 'P2W', 'XXXX-02-12', '2022', '2022-02-30']) {
			assert.equal(timexInWords(value, 'en'), undefined, value);
		}
	});

	it('falls back to English for a locale tag it does not know', () => {
		assert.equal(timexInWords('2022-02', 'not a locale'), 'February 2022');
	});
});
