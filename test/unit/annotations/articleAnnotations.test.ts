import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { targetAt } from '../../../src/annotations/anchoring';
import { ArticleAnnotations, randomClaimId } from '../../../src/annotations/articleAnnotations';
import { fingerprintOf, parseSidecar, serializeSidecar } from '../../../src/annotations/sidecarFormat';
import { applyChanges, ARTICLE, deterministicDeps, freshAnnotations, rangeOf } from './fixtures';

const DENIAL = 'Russia denies planning an invasion.';

describe('article annotations', () => {
	it('tags a claim with a stable id, defaults and timestamps', () => {
		const annotations = freshAnnotations();
		const id = annotations.tagClaim({ ...rangeOf(ARTICLE, DENIAL), tag: ' denial ', speaker: 'Russia' }, ARTICLE);
		assert.equal(id, 'c-1');
		const claim = annotations.claim(id);
		assert.deepEqual(
			{ ...claim, target: undefined },
			{ id, tag: 'denial', status: 'unverified', speaker: 'Russia', note: '', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', target: undefined },
		);
		assert.equal(claim?.target.exact, DENIAL);
		assert.equal(annotations.sidecar.fingerprint, fingerprintOf(ARTICLE));
		assert.ok(parseSidecar('a', serializeSidecar(annotations.sidecar)));
	});

	it('adds imported claims as one undoable change, renaming a taken id', () => {
		const annotations = freshAnnotations();
		const id = annotations.tagClaim({ ...rangeOf(ARTICLE, DENIAL), tag: 'denial' }, ARTICLE);
		const imported = { ...(annotations.claim(id) as NonNullable<ReturnType<typeof annotations.claim>>), tag: 'claim' };
		const ids = annotations.addClaims([imported, { ...imported, id: 'c-x' }]);
		assert.deepEqual(ids, ['c-2', 'c-x']);
		assert.equal(annotations.claims.length, 3);
		annotations.undo();
		assert.deepEqual(annotations.claims.map((claim) => claim.id), [id]);
	});

	it('adds an imported claim that could not be placed as orphaned, undone with the placed ones in one step', () => {
		const annotations = freshAnnotations();
		const own = annotations.tagClaim({ ...rangeOf(ARTICLE, 'Joe Biden'), tag: 'claim' }, ARTICLE);
		const fields = { tag: 'denial', status: 'disputed' as const, speaker: null, note: '', created: '2025-01-01T00:00:00.000Z', updated: '2025-01-01T00:00:00.000Z' };
		const denial = rangeOf(ARTICLE, DENIAL);
		const lostTarget = { start: 900, end: 930, exact: 'words no longer in the article', prefix: '', suffix: '' };
		const ids = annotations.addClaims([
			{ ...fields, id: 'c-placed', target: targetAt(ARTICLE, denial.start, denial.end) },
			{ ...fields, id: 'c-lost', target: lostTarget, orphaned: true },
		]);
		assert.deepEqual(ids, ['c-placed', 'c-lost']);
		assert.deepEqual(annotations.claim('c-lost'), { ...fields, id: 'c-lost', target: lostTarget, orphaned: true });
		assert.deepEqual(annotations.claimsAt(0, ARTICLE.length).map((claim) => claim.id).sort(), ['c-1', 'c-placed']);
		const written = parseSidecar('a.txt.annotations.json', serializeSidecar(annotations.sidecar)).sidecar;
		assert.equal(written.claims.find((claim) => claim.id === 'c-lost')?.orphaned, true, 'written as orphaned, never dropped');
		assert.equal(annotations.reanchor(ARTICLE), 1, 'still orphaned when re-anchored to a text without it');
		assert.ok(annotations.undo());
		assert.deepEqual(annotations.claims.map((claim) => claim.id), [own]);
		assert.ok(annotations.redo());
		assert.equal(annotations.claim('c-lost')?.orphaned, true);
	});

	it('makes short random ids', () => {
		const ids = new Set(Array.from({ length: 1000 }, randomClaimId));
		assert.equal(ids.size, 1000);
		for (const id of ids) assert.match(id, /^c-[0-9a-z]{8}$/);
	});

	it('refuses a claim outside the text or without a tag', () => {
		const annotations = freshAnnotations();
		assert.throws(() => annotations.tagClaim({ start: 5, end: 5, tag: 'claim' }, ARTICLE), RangeError);
		assert.throws(() => annotations.tagClaim({ start: 0, end: ARTICLE.length + 1, tag: 'claim' }, ARTICLE), RangeError);
		assert.throws(() => annotations.tagClaim({ start: 0, end: 4, tag: ' ' }, ARTICLE), RangeError);
		assert.throws(() => annotations.setStatus('c-404', 'false'), RangeError);
	});

	it('sets status, note, speaker and tag, updating only the updated time', () => {
		const annotations = freshAnnotations();
		const id = annotations.tagClaim({ ...rangeOf(ARTICLE, DENIAL), tag: 'claim' }, ARTICLE);
		annotations.setStatus(id, 'disputed');
		annotations.setNote(id, 'Satellite images say otherwise.');
		annotations.setSpeaker(id, 'Kremlin');
		annotations.setTag(id, 'denial');
		const claim = annotations.claim(id);
		assert.deepEqual([claim?.status, claim?.note, claim?.speaker, claim?.tag], ['disputed', 'Satellite images say otherwise.', 'Kremlin', 'denial']);
		assert.equal(claim?.created, '2026-01-01T00:00:00.000Z');
		assert.equal(claim?.updated, '2026-01-01T00:00:04.000Z');
	});

	it('undoes and redoes every annotation change, in order', () => {
		const annotations = freshAnnotations();
		const states = [serializeSidecar(annotations.sidecar)];
		const id = annotations.tagClaim({ ...rangeOf(ARTICLE, DENIAL), tag: 'claim' }, ARTICLE);
		states.push(serializeSidecar(annotations.sidecar));
		annotations.setStatus(id, 'false');
		states.push(serializeSidecar(annotations.sidecar));
		annotations.setReferenceDate('2022-01-28');
		states.push(serializeSidecar(annotations.sidecar));
		annotations.remove(id);
		states.push(serializeSidecar(annotations.sidecar));
		for (let i = states.length - 2; i >= 0; i--) {
			assert.ok(annotations.undo());
			assert.equal(serializeSidecar(annotations.sidecar), states[i]);
		}
		assert.equal(annotations.undo(), false);
		for (let i = 1; i < states.length; i++) {
			assert.ok(annotations.redo());
			assert.equal(serializeSidecar(annotations.sidecar), states[i]);
		}
		assert.equal(annotations.redo(), false);
	});

	it('puts an undone removal back where its text is now', () => {
		const annotations = freshAnnotations();
		const id = annotations.tagClaim({ ...rangeOf(ARTICLE, DENIAL), tag: 'denial' }, ARTICLE);
		annotations.remove(id);
		const text = 'Update: ' + ARTICLE;
		annotations.applyEdits([{ offset: 0, deletedLength: 0, insertedText: 'Update: ' }], text);
		annotations.undo();
		const claim = annotations.claim(id);
		assert.equal(text.slice(claim?.target.start, claim?.target.end), DENIAL);
	});

	it('orphans a claim whose text was replaced, keeps it, and re-attaches it to a new range', () => {
		const annotations = freshAnnotations();
		const { start, end } = rangeOf(ARTICLE, DENIAL);
		const id = annotations.tagClaim({ start, end, tag: 'denial' }, ARTICLE);
		const text = applyChanges(ARTICLE, [{ offset: start, deletedLength: end - start, insertedText: 'Moscow says nothing.' }]);
		assert.ok(annotations.applyEdits([{ offset: start, deletedLength: end - start, insertedText: 'Moscow says nothing.' }], text));
		assert.equal(annotations.claim(id)?.orphaned, true);
		assert.equal(annotations.claim(id)?.target.exact, DENIAL, 'the old text is kept to find it again');
		assert.deepEqual(annotations.claimsAt(start, end), []);
		const moved = rangeOf(text, 'Moscow says nothing.');
		annotations.reattach(id, moved.start, moved.end, text);
		assert.equal(annotations.claim(id)?.orphaned, undefined);
		assert.equal(annotations.claim(id)?.target.exact, 'Moscow says nothing.');
		assert.deepEqual(annotations.claimsAt(moved.start, moved.start).map((claim) => claim.id), [id]);
	});

	it('re-anchors after an outside change and finds an orphan again when its text comes back', () => {
		const annotations = freshAnnotations();
		const lavrov = annotations.tagClaim({ ...rangeOf(ARTICLE, '"We will not allow our interests to be ignored."'), tag: 'warning' }, ARTICLE);
		const biden = annotations.tagClaim({ ...rangeOf(ARTICLE, '"We are ready to respond decisively,"'), tag: 'threat' }, ARTICLE);
		const changed = 'Updated.\n' + ARTICLE.replace('"We are ready to respond decisively," he added. ', '');
		assert.equal(annotations.matches(changed), false);
		assert.equal(annotations.reanchor(changed), 1);
		assert.equal(annotations.claim(biden)?.orphaned, true);
		assert.equal(changed.slice(annotations.claim(lavrov)?.target.start, annotations.claim(lavrov)?.target.end), '"We will not allow our interests to be ignored."');
		assert.equal(annotations.sidecar.fingerprint, fingerprintOf(changed));
		assert.equal(annotations.reanchor(ARTICLE), 0);
		assert.equal(annotations.claim(biden)?.target.exact, '"We are ready to respond decisively,"');
	});

	it('keeps every claim of a sidecar whose article is gone, orphaned', () => {
		const annotations = freshAnnotations();
		annotations.tagClaim({ ...rangeOf(ARTICLE, DENIAL), tag: 'denial' }, ARTICLE);
		annotations.tagClaim({ ...rangeOf(ARTICLE, 'Joe Biden'), tag: 'claim' }, ARTICLE);
		const reloaded = new ArticleAnnotations(parseSidecar('gone.txt.annotations.json', serializeSidecar(annotations.sidecar)).sidecar);
		assert.equal(reloaded.reanchor(''), 2);
		assert.equal(reloaded.claims.length, 2);
		assert.ok(parseSidecar('a', serializeSidecar(reloaded.sidecar)).sidecar.claims.every((claim) => claim.orphaned));
	});

	it('never drops a claim through random edits, outside changes, undo and redo (property)', () => {
		const step = fc.oneof(
			fc.record({ kind: fc.constant('edit' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), deleted: fc.nat({ max: 60 }), inserted: fc.string({ maxLength: 12 }) }),
			fc.record({ kind: fc.constant('outside' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), deleted: fc.nat({ max: 60 }), inserted: fc.string({ maxLength: 12 }) }),
			fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }),
		);
		fc.assert(
			fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
				const annotations = new ArticleAnnotations(parseSidecar('a', serializeSidecar(freshAnnotations().sidecar)).sidecar, deterministicDeps());
				let text = ARTICLE;
				for (const phrase of [DENIAL, 'Sergei Lavrov', 'within weeks']) annotations.tagClaim({ ...rangeOf(text, phrase), tag: 'claim' }, text);
				let expected = 3;
				for (const action of steps) {
					if (!('at' in action)) {
						// The history holds only the three taggings: an undo removes one, a redo brings one back.
						if (action.kind === 'undo' && annotations.undo()) expected--;
						if (action.kind === 'redo' && annotations.redo()) expected++;
					} else {
						const offset = Math.floor(action.at * text.length);
						const change = { offset, deletedLength: Math.min(action.deleted, text.length - offset), insertedText: action.inserted };
						text = applyChanges(text, [change]);
						if (action.kind === 'edit') annotations.applyEdits([change], text);
						else annotations.reanchor(text);
					}
					assert.equal(annotations.claims.length, expected);
					for (const claim of annotations.claims) {
						if (!claim.orphaned) assert.equal(text.slice(claim.target.start, claim.target.end), claim.target.exact);
					}
				}
				assert.ok(parseSidecar('a', serializeSidecar(annotations.sidecar)));
			}),
			{ numRuns: 300 },
		);
	});
});

describe('speaker corrections in the sidecar', () => {
	it('records, replaces, shifts and undoes the speaker of a quote', () => {
		const annotations = freshAnnotations();
		const quote = rangeOf(ARTICLE, '"We are ready to respond decisively,"');
		annotations.setQuoteSpeaker(quote.start, quote.end, 'Sergei Lavrov', ARTICLE);
		annotations.setQuoteSpeaker(quote.start, quote.end, 'Joe Biden', ARTICLE);
		assert.deepEqual(annotations.speakerCorrections.map((correction) => correction.speaker), ['Joe Biden']);
		const text = 'New line.\n' + ARTICLE;
		annotations.applyEdits([{ offset: 0, deletedLength: 0, insertedText: 'New line.\n' }], text);
		const [correction] = annotations.speakerCorrections;
		assert.equal(text.slice(correction.target.start, correction.target.end), '"We are ready to respond decisively,"');
		annotations.undo();
		assert.deepEqual(annotations.speakerCorrections.map((correction) => correction.speaker), ['Sergei Lavrov']);
		assert.equal(annotations.speakerCorrections[0].target.start, correction.target.start, 'the undone state was shifted too');
	});
});
