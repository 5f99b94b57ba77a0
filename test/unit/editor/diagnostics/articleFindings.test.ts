import * as assert from 'node:assert/strict';
import { unattributedQuotes, unresolvedRelativeDates } from '../../../../src/editor/diagnostics/articleFindings';
import { fixtureAnalysis } from '../analysis/analysisFixture';

describe('articleFindings', () => {
	it('reports dates left unresolved for want of a reference date, and only then', () => {
		const analysis = fixtureAnalysis();
		assert.deepEqual(unresolvedRelativeDates(analysis).map((date) => date.text), ['on Sunday']);
		assert.deepEqual(unresolvedRelativeDates({ ...analysis, referenceDate: '2022-01-28' }), []);
		const partial = { ...analysis, dates: [{ ...analysis.dates[0], value: 'XXXX-WXX-7' }] };
		assert.equal(unresolvedRelativeDates(partial).length, 1);
		const absolute = { ...analysis, dates: [{ ...analysis.dates[0], value: '2022-01-23' }] };
		assert.deepEqual(unresolvedRelativeDates(absolute), []);
	});

	it('reports quotes with no speaker', () => {
		assert.deepEqual(unattributedQuotes(fixtureAnalysis()).map((quote) => quote.text), ['No war.']);
	});
});
