import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/shared/lineIndex';
import { countBelow } from '../../../src/shared/sortedSearch';

describe('LineIndex', () => {
	const text = 'one\r\ntwo\nthree\rfour';
	const lines = new LineIndex(text);

	it('counts lines ended by CRLF, LF and a lone CR', () => {
		assert.deepEqual([0, 3, 5, 8, 9, 14, 15, 19].map((offset) => lines.lineOf(offset)), [1, 1, 2, 2, 3, 3, 4, 4]);
	});

	it('gives the column within the line', () => {
		assert.equal(lines.columnOf(text.indexOf('two') + 1), 1);
		assert.equal(lines.columnOf(text.indexOf('four') + 3), 3);
		assert.equal(lines.columnOf(0), 0);
	});
});

describe('countBelow', () => {
	it('counts the sorted values below a limit', () => {
		assert.deepEqual([-1, 0, 1, 5, 6, 99].map((limit) => countBelow([0, 2, 5, 5, 9], limit)), [0, 0, 1, 2, 4, 5]);
	});
});
