import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { reanchorTarget, shiftRange, shiftTarget, targetAt, type TextChange } from '../../../src/annotations/anchoring';
import { applyChanges, ARTICLE, rangeOf } from './fixtures';

describe('anchoring', () => {
	describe('shifting through editor edits', () => {
		const change = (offset: number, deletedLength: number, insertedText: string): TextChange => ({ offset, deletedLength, insertedText });

		it('moves a range by text inserted or deleted before it, and ignores edits after it', () => {
			assert.deepEqual(shiftRange(10, 20, change(2, 0, 'abc')), { start: 13, end: 23 });
			assert.deepEqual(shiftRange(10, 20, change(2, 5, '')), { start: 5, end: 15 });
			assert.deepEqual(shiftRange(10, 20, change(25, 3, 'x')), { start: 10, end: 20 });
		});

		it('keeps text typed at either edge outside the range', () => {
			assert.deepEqual(shiftRange(10, 20, change(10, 0, 'ab')), { start: 12, end: 22 });
			assert.deepEqual(shiftRange(10, 20, change(20, 0, 'ab')), { start: 10, end: 20 });
		});

		it('grows or shrinks with an edit inside it, and keeps what remains after an edit over one edge', () => {
			assert.deepEqual(shiftRange(10, 20, change(12, 2, 'wxyz')), { start: 10, end: 22 });
			assert.deepEqual(shiftRange(10, 20, change(10, 3, 'Z')), { start: 10, end: 18 });
			assert.deepEqual(shiftRange(10, 20, change(5, 10, 'ab')), { start: 7, end: 12 });
			assert.deepEqual(shiftRange(10, 20, change(15, 10, 'ab')), { start: 10, end: 15 });
		});

		it('gives up on a range whose whole text was replaced', () => {
			assert.equal(shiftRange(10, 20, change(10, 10, 'new')), undefined);
			assert.equal(shiftRange(10, 20, change(0, 30, '')), undefined);
		});

		it('refreshes the exact text and context from the final text', () => {
			const { start, end } = rangeOf(ARTICLE, 'Russia denies planning an invasion.');
			const target = targetAt(ARTICLE, start, end);
			const changes = [change(0, 0, 'BREAKING '), change(start + 9 + 7, 6, 'rejects')];
			const text = applyChanges(ARTICLE, changes);
			const shifted = shiftTarget(target, changes, text);
			assert.equal(shifted?.exact, 'Russia rejects planning an invasion.');
			assert.equal(text.slice(shifted.start, shifted.end), shifted.exact);
			assert.equal(shifted.prefix, text.slice(shifted.start - 32, shifted.start));
		});
	});

	describe('re-anchoring after an outside change', () => {
		const phrase = 'Russia denies planning an invasion.';

		it('keeps a target whose text is still where it was', () => {
			const { start, end } = rangeOf(ARTICLE, phrase);
			assert.deepEqual(reanchorTarget(targetAt(ARTICLE, start, end), ARTICLE), targetAt(ARTICLE, start, end));
		});

		it('tells repeated text apart by the context around it', () => {
			const second = rangeOf(ARTICLE, phrase, 1);
			const target = targetAt(ARTICLE, second.start, second.end);
			const edited = 'A new first line.\n' + ARTICLE.replace('Joe Biden said', 'President Joe Biden said');
			const found = reanchorTarget(target, edited);
			assert.deepEqual(found && { start: found.start, end: found.end }, rangeOf(edited, phrase, 1));
		});

		it('takes an expected shift only where the context still fits', () => {
			const first = rangeOf(ARTICLE, phrase);
			const target = targetAt(ARTICLE, first.start, first.end);
			const second = rangeOf(ARTICLE, phrase, 1);
			const edited = '>> ' + ARTICLE;
			const wrongShift = second.start - first.start + 3;
			assert.equal(reanchorTarget(target, edited, wrongShift)?.start, first.start + 3);
			assert.equal(reanchorTarget(target, edited, 3)?.start, first.start + 3);
			assert.equal(reanchorTarget(target, edited, -first.start - 10)?.start, first.start + 3);
		});

		it('finds text changed slightly by a fuzzy match', () => {
			const { start, end } = rangeOf(ARTICLE, '"We will not allow our interests to be ignored."');
			const edited = ARTICLE.replace('We will not allow our interests to be ignored.', 'We will never allow our interests to be ignored!');
			const found = reanchorTarget(targetAt(ARTICLE, start, end), 'Intro.\n' + edited);
			assert.ok(found);
			assert.match(found.exact, /We will never allow our interests to be ignored/);
		});

		it('gives up when the text is gone', () => {
			const { start, end } = rangeOf(ARTICLE, '"We are ready to respond decisively,"');
			const edited = ARTICLE.replace('"We are ready to respond decisively," he added. ', '');
			assert.equal(reanchorTarget(targetAt(ARTICLE, start, end), edited), undefined);
			assert.equal(reanchorTarget(targetAt(ARTICLE, start, end), ''), undefined);
		});
	});

	describe('random edit sequences (property)', () => {
		const edit = fc.record({
			at: fc.double({ min: 0, max: 1, noNaN: true }),
			deleted: fc.nat({ max: 40 }),
			inserted: fc.string({ maxLength: 20 }),
		});

		it('keep every target on its text, or give it up; untouched targets keep their exact text', () => {
			const phrases = ['Sergei Lavrov', 'Russia denies planning an invasion.', 'Joe Biden', 'within weeks', 'respond decisively'];
			fc.assert(
				fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
					let text = ARTICLE;
					let targets = phrases.map((phrase) => {
						const { start, end } = rangeOf(ARTICLE, phrase);
						return { target: targetAt(ARTICLE, start, end) as ReturnType<typeof targetAt> | undefined, touched: false, original: phrase };
					});
					for (const { at, deleted, inserted } of edits) {
						const offset = Math.floor(at * text.length);
						const change = { offset, deletedLength: Math.min(deleted, text.length - offset), insertedText: inserted };
						text = applyChanges(text, [change]);
						targets = targets.map((entry) => {
							if (!entry.target) return entry;
							const { start, end } = entry.target;
							const touched = entry.touched || (change.offset < end && change.offset + change.deletedLength > start) || (change.offset > start && change.offset < end);
							return { ...entry, touched, target: shiftTarget(entry.target, [change], text) };
						});
					}
					assert.equal(targets.length, phrases.length);
					for (const { target, touched, original } of targets) {
						if (!target) continue;
						assert.ok(target.start < target.end && target.end <= text.length);
						assert.equal(text.slice(target.start, target.end), target.exact);
						if (!touched) assert.equal(target.exact, original);
					}
				}),
				{ numRuns: 500 },
			);
		});
	});
});
