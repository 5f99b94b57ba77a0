import * as assert from 'node:assert/strict';
import { emptySidecar } from '../../../src/annotations/sidecarFormat';
import { sidecarSchema } from '../../../src/annotations/sidecarSchema';
import { importClaims, parseBratAnnotations, parseW3cAnnotations } from '../../../src/import';

const TEXT = 'Lavrov said the talks will resume soon. Blinken 👋 doubted that the talks will resume.';

describe('imports place claims through the claims anchoring', () => {
	it('reads a brat file from another tool: its own types become tags, the analysis types are skipped', () => {
		const ann = [
			'T1\tPerson 0 6\tLavrov',
			'T2\tMajorClaim 12 38\tthe talks will resume soon',
			'T3\tPremise 50 59\tdoubted t',
			'R1\tSupports Arg1:T3 Arg2:T2',
			'#1\tAnnotatorNotes T2\tfrom the debate corpus',
		].join('\n');
		const parsed = parseBratAnnotations(ann, TEXT);
		assert.equal(parsed.skipped, 2, 'the Person entity and the relation');
		assert.deepEqual(
			parsed.claims.map((claim) => [claim.tag, claim.target.exact, claim.note]),
			[
				['MajorClaim', 'the talks will resume soon', 'from the debate corpus'],
				['Premise', 'doubted t', ''],
			],
		);
		// brat counts the 👋 as one character: code point 50 is UTF-16 offset 51.
		assert.equal(parsed.claims[1].target.start, 51);
	});

	it('finds claims again in an edited article and keeps what it cannot place as orphaned', () => {
		const edited = 'Breaking: ' + TEXT.replace('doubted that the talks will resume', 'was sure of nothing');
		const ann = ['T1\tClaim 12 38\tthe talks will resume soon', 'T2\tClaim 50 84\tdoubted that the talks will resume'].join('\n');
		const result = importClaims(emptySidecar(edited), edited, parseBratAnnotations(ann, edited).claims);
		assert.equal(result.placed, 1);
		assert.equal(result.orphaned, 1);
		const [placed, orphaned] = result.sidecar.claims;
		assert.equal(edited.slice(placed.target.start, placed.target.end), 'the talks will resume soon');
		assert.equal(orphaned.orphaned, true);
		assert.equal(orphaned.target.exact, 'doubted that the talks will resume');
	});

	it('reads W3C annotations from another tool (Hypothesis-style, quote selector only)', () => {
		const annotation = {
			'@context': 'http://www.w3.org/ns/anno.jsonld',
			id: 'https://example.org/anno/1',
			type: 'Annotation',
			body: [
				{ type: 'TextualBody', value: 'Contradicted by the readout.' },
				{ type: 'TextualBody', purpose: 'tagging', value: 'denial' },
				{ type: 'TextualBody', purpose: 'assessing', value: 'not a status we know' },
			],
			target: { source: 'https://example.org/article', selector: { type: 'TextQuoteSelector', exact: 'the talks will resume', prefix: 'that ', suffix: '.' } },
		};
		const parsed = parseW3cAnnotations(JSON.stringify(annotation), TEXT, 'article.txt');
		const result = importClaims(emptySidecar(TEXT), TEXT, parsed.claims, { newId: () => 'c-new' });
		const [claim] = result.sidecar.claims;
		assert.deepEqual([claim.id, claim.tag, claim.status, claim.note, claim.speaker], ['c-new', 'denial', 'unverified', 'Contradicted by the readout.', null]);
		assert.equal(claim.target.start, TEXT.lastIndexOf('the talks will resume'), 'the context picks the second occurrence');
	});

	it('keeps the sidecar valid whatever the file says: blank tags, odd statuses, dates with offsets', () => {
		const annotation = {
			type: 'Annotation',
			created: '2020-01-01T10:00:00+01:00',
			modified: 'yesterday',
			body: [
				{ type: 'TextualBody', purpose: 'tagging', value: '  ' },
				{ type: 'TextualBody', purpose: 'assessing', value: 'Verified ' },
			],
			target: { source: 'a.txt', selector: { type: 'TextPositionSelector', start: 0, end: 6 } },
		};
		const parsed = parseW3cAnnotations(JSON.stringify({ type: 'AnnotationPage', items: [annotation] }), TEXT, 'a.txt');
		const result = importClaims(emptySidecar(TEXT), TEXT, parsed.claims, { now: () => new Date(Date.UTC(2026, 0, 1)) });
		const [claim] = sidecarSchema.parse(result.sidecar).claims;
		assert.deepEqual([claim.tag, claim.status, claim.target.exact, claim.created, claim.updated], ['claim', 'verified', 'Lavrov', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
	});

	it('rejects files that are not Web Annotation data', () => {
		assert.throws(() => parseW3cAnnotations('{"a": 1}', TEXT, 'a.txt'), /not W3C Web Annotation data/);
		assert.throws(() => parseW3cAnnotations('{', TEXT, 'a.txt'), /not valid JSON/);
	});
});
