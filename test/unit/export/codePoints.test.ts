import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CodePointOffsets } from '../../../src/export/codePoints';

describe('code point offsets', () => {
	it('count an emoji as one character and a flag as two', () => {
		const text = 'a😀b🇷🇺c';
		const offsets = new CodePointOffsets(text);
		assert.deepEqual([0, 1, 3, 4, 8, 9].map((offset) => offsets.toCodePoint(offset)), [0, 1, 2, 3, 5, 6]);
		assert.deepEqual([0, 1, 2, 3, 5, 6].map((offset) => offsets.toUtf16(offset)), [0, 1, 3, 4, 8, 9]);
	});

	it('are the identity for text without astral characters', () => {
		const offsets = new CodePointOffsets('Сергей Лавров');
		assert.equal(offsets.toCodePoint(7), 7);
		assert.equal(offsets.toUtf16(7), 7);
	});

	it('agree with the string iterator on any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (text) => {
				const offsets = new CodePointOffsets(text);
				let utf16 = 0;
				[...text].forEach((char, codePoint) => {
					assert.equal(offsets.toCodePoint(utf16), codePoint);
					assert.equal(offsets.toUtf16(codePoint), utf16);
					utf16 += char.length;
				});
				assert.equal(offsets.toCodePoint(text.length), [...text].length);
			}),
		);
	});
});
