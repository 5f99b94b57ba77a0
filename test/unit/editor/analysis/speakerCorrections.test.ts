import * as assert from 'node:assert/strict';
import { applySpeakerCorrections } from '../../../../src/editor/analysis/speakerCorrections';
import { fixtureAnalysis } from './analysisFixture';

describe('applySpeakerCorrections', () => {
	it('gives the corrected quote the actor of that canonical name and drops the attribution', () => {
		const analysis = fixtureAnalysis();
		const corrected = applySpeakerCorrections(analysis, [
			{ exact: 'No war.', start: 55, speaker: 'Antony Blinken' },
			{ exact: 'We want peace,', start: 30, speaker: null },
		]);
		assert.equal(corrected.quotes[1].speaker, 'antony-blinken');
		assert.equal(corrected.quotes[0].speaker, null);
		assert.equal(corrected.quotes[0].attribution, undefined);
		assert.equal(analysis.quotes[1].speaker, null, 'the input analysis is left as it was');
	});

	it('ignores a correction whose quote or actor is gone', () => {
		const analysis = fixtureAnalysis();
		const corrected = applySpeakerCorrections(analysis, [
			{ exact: 'Words no longer there', start: 0, speaker: 'Antony Blinken' },
			{ exact: 'No war.', start: 55, speaker: 'Someone Unknown' },
		]);
		assert.deepEqual(corrected.quotes, analysis.quotes);
	});
});
