import * as assert from 'node:assert/strict';
import { ArticleAnnotations } from '../../../src/annotations/articleAnnotations';
import { emptySidecar, fingerprintOf, parseSidecar, serializeSidecar } from '../../../src/annotations/sidecarFormat';
import { SIDECAR_VERSION } from '../../../src/annotations/sidecarSchema';
import { ValidationError } from '../../../src/shared/validation';
import { ARTICLE, deterministicDeps, freshAnnotations, rangeOf } from './fixtures';

function sidecarWithClaims(count: number): string {
	const annotations = freshAnnotations();
	const { start, end } = rangeOf(ARTICLE, 'Russia denies planning an invasion.');
	for (let i = 0; i < count; i++) annotations.tagClaim({ start, end, tag: 'denial', note: `note ${i}` }, ARTICLE);
	return serializeSidecar(annotations.sidecar);
}

function parseError(text: string): ValidationError {
	try {
		parseSidecar('lavrov.txt.annotations.json', text);
	} catch (error) {
		assert.ok(error instanceof ValidationError);
		return error;
	}
	assert.fail('expected a ValidationError');
}

describe('sidecar format', () => {
	it('round-trips a sidecar through its text', () => {
		const text = sidecarWithClaims(3);
		const { sidecar, readOnly } = parseSidecar('a.annotations.json', text);
		assert.equal(readOnly, false);
		assert.equal(serializeSidecar(sidecar), text);
	});

	it('writes stable key order, pretty-printed, with a final newline', () => {
		const text = sidecarWithClaims(1);
		assert.ok(text.endsWith('}\n'));
		assert.deepEqual(Object.keys(JSON.parse(text)), ['version', 'fingerprint', 'claims', 'speakerCorrections', 'actorCorrections']);
		assert.deepEqual(Object.keys(JSON.parse(text).claims[0]), ['id', 'tag', 'status', 'speaker', 'note', 'created', 'updated', 'target']);
		assert.match(text, /\n {2}"claims": \[\n {4}\{\n {6}"id": "c-1",/);
	});

	it('orders claims by position then id, whatever order they were added in', () => {
		const annotations = freshAnnotations();
		const late = rangeOf(ARTICLE, 'Joe Biden said');
		const early = rangeOf(ARTICLE, 'Sergei Lavrov');
		annotations.tagClaim({ ...late, tag: 'claim' }, ARTICLE);
		annotations.tagClaim({ ...early, tag: 'claim' }, ARTICLE);
		assert.deepEqual(JSON.parse(serializeSidecar(annotations.sidecar)).claims.map((c: { id: string }) => c.id), ['c-2', 'c-1']);
	});

	it('changes few lines when one claim changes', () => {
		const annotations = new ArticleAnnotations(parseSidecar('a', sidecarWithClaims(20)).sidecar, deterministicDeps());
		const before = serializeSidecar(annotations.sidecar).split('\n');
		annotations.setStatus('c-7', 'verified');
		const after = serializeSidecar(annotations.sidecar).split('\n');
		assert.equal(after.length, before.length);
		assert.equal(after.filter((line, i) => line !== before[i]).length, 2, 'status and updated');
	});

	it('fingerprints the text with sha256', () => {
		assert.equal(fingerprintOf(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		assert.equal(emptySidecar('x').fingerprint, fingerprintOf('x'));
	});

	describe('bad sidecars', () => {
		it('rejects invalid JSON, naming the file', () => {
			const error = parseError('{ "version": 1, ');
			assert.equal(error.file, 'lavrov.txt.annotations.json');
			assert.match(error.message, /lavrov\.txt\.annotations\.json: not valid JSON/);
		});

		it('rejects wrong types, naming the field', () => {
			const sidecar = JSON.parse(sidecarWithClaims(2));
			sidecar.claims[1].target.start = '12';
			const error = parseError(JSON.stringify(sidecar));
			assert.equal(error.field, 'claims.1.target.start');
			assert.match(error.message, /claims\.1\.target\.start/);
			assert.equal(parseError('{"version":1,"fingerprint":"x","claims":[{"id":"c-1"}]}').field, 'claims.0.tag');
			assert.equal(parseError('[]').field, '');
			assert.equal(parseError('{"version":1,"fingerprint":"x","claims":[],"referenceDate":"yesterday"}').field, 'referenceDate');
		});

		it('keeps __proto__ keys inert', () => {
			const text = sidecarWithClaims(1)
				.replace('"version": 1,', '"__proto__": { "polluted": true, "version": 99 },\n  "version": 1,')
				.replace('"tag": "denial",', '"tag": "denial",\n      "__proto__": { "isAdmin": true },');
			const { sidecar, readOnly } = parseSidecar('a', text);
			assert.equal(readOnly, false);
			assert.equal(({} as Record<string, unknown>).polluted, undefined);
			assert.equal(Object.getPrototypeOf(sidecar), Object.prototype);
			assert.equal(Object.getPrototypeOf(sidecar.claims[0]), Object.prototype);
			assert.equal((sidecar.claims[0] as unknown as Record<string, unknown>).isAdmin, undefined);
			assert.ok(!serializeSidecar(sidecar).includes('__proto__'));
		});

		it('reads a 10 MB sidecar', function () {
			this.timeout(20000);
			const one = JSON.parse(sidecarWithClaims(1)).claims[0];
			const claims = [];
			for (let i = 0; claims.length * 500 < 10 * 1024 * 1024; i++) claims.push({ ...one, id: `c-${i}`, note: 'n'.repeat(200) });
			const text = JSON.stringify({ version: 1, fingerprint: 'x', claims });
			assert.ok(text.length >= 10 * 1024 * 1024);
			const started = performance.now();
			assert.equal(parseSidecar('big', text).sidecar.claims.length, claims.length);
			assert.ok(performance.now() - started < 10000);
		});

		it('reads a sidecar of a newer version as read-only, dropping what it does not know', () => {
			const sidecar = JSON.parse(sidecarWithClaims(1));
			sidecar.version = SIDECAR_VERSION + 1;
			sidecar.futureField = { anything: true };
			const parsed = parseSidecar('a', JSON.stringify(sidecar));
			assert.equal(parsed.readOnly, true);
			assert.equal(parsed.sidecar.claims.length, 1);
		});
	});
});
