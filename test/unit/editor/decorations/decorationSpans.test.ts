import * as assert from 'node:assert/strict';
import { decorationSpans } from '../../../../src/editor/decorations/decorationSpans';
import { FIXTURE_TEXT, fixtureAnalysis } from '../analysis/analysisFixture';

describe('decorationSpans', () => {
	it('puts mentions under their actor’s kind, in text order, and quotes and dates in their own categories', () => {
		const spans = decorationSpans(fixtureAnalysis());
		const texts = (category: keyof typeof spans) => spans[category].map(({ start, end }) => FIXTURE_TEXT.slice(start, end));
		assert.deepEqual(texts('person'), ['Sergei Lavrov', 'Blinken', 'Lavrov']);
		assert.deepEqual(texts('place'), ['Moscow']);
		assert.deepEqual(texts('organization'), []);
		assert.deepEqual(texts('quote'), ['We want peace,', 'No war.']);
		assert.deepEqual(texts('date'), ['on Sunday']);
	});
});
