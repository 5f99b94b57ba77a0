import * as assert from 'node:assert/strict';
import { interruptionAt, nextInterruptionDelimiter } from '../../../src/analysis/quotes/interruptionScan';
import { sourceCue } from '../../../src/analysis/quotes/speechVerbs';
import { LETTER, LOWER, NUMBER, UPPER, indexOfClass, runEnd } from '../../../src/analysis/quotes/textScan';

/** The interruption pattern the scanner stands for, to compare with. */
const INTERRUPTION = /[,\u2013\u2014-]\s+(he|she|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+(\p{Ll}+)(?:\s+\p{L}+)?\s*[,\u2013\u2014-]/u;

describe('quote scanners: the same answers as the patterns they replace', () => {
	it('classifies letters, cases and digits as \\p{…} does, astral ones whole', () => {
		const text = 'É𝐀b 5x٣';
		assert.equal(runEnd(text, 0, text.length, LETTER), 4);
		assert.equal(runEnd(text, 0, 2, LETTER), 1, 'a pair cut by the end is no letter');
		assert.equal(indexOfClass(text, 1, text.length, NUMBER), 5);
		assert.equal(indexOfClass(text, 0, text.length, LOWER), 3);
		assert.equal(indexOfClass(' \u2019–', 0, 3, LETTER | UPPER | NUMBER), -1);
	});

	it('reads interruptions as the pattern does', () => {
		const cases = ['x, he said, y', 'x – Lavrov Sergei added firmly –', 'x, John Paul said again -', 'x, Élan 𝐀b said,', 'x, hes said,', 'x, He Said,', 'x,said,', 'x, she told – '];
		for (const text of cases) {
			const at = nextInterruptionDelimiter(text, 0, text.length);
			const match = interruptionAt(text, at, text.length);
			const expected = INTERRUPTION.exec(text.slice(at));
			const found = match && [text.slice(match.nameStart, match.nameEnd), text.slice(match.verbStart, match.verbEnd)];
			assert.deepEqual(found ?? null, expected && expected.index === 0 ? [expected[1], expected[2]] : null, text);
		}
	});

	it('finds "according to" after no letter, in any case, and with a long s', () => {
		assert.equal(sourceCue('said, ACCORDING  TO Reuters')?.index, 6);
		assert.equal(sourceCue('disaccording to x'), null);
		assert.equal(sourceCue('𝐀according to x'), null);
		assert.equal(sourceCue('in the wordſ of Lavrov')?.index, 0);
	});
});
