import * as assert from 'node:assert/strict';
import { candidateSpeakers, dateAt, mentionAt, quoteAt, quotesOf, spellingsOf } from '../../../../src/editor/analysis/analysisLookup';
import { FIXTURE_TEXT, fixtureAnalysis } from './analysisFixture';

describe('analysisLookup', () => {
	const analysis = fixtureAnalysis();

	it('finds the actor mentioned at an offset, a mention end included', () => {
		const lavrov = FIXTURE_TEXT.indexOf('Lavrov said');
		assert.equal(mentionAt(analysis, lavrov + 2)?.actor.id, 'sergei-lavrov');
		assert.equal(mentionAt(analysis, lavrov + 'Lavrov'.length)?.mention.text, 'Lavrov');
		assert.equal(mentionAt(analysis, FIXTURE_TEXT.indexOf('met')), undefined);
	});

	it('finds the quote and the date at an offset', () => {
		assert.equal(quoteAt(analysis, FIXTURE_TEXT.indexOf('peace'))?.speaker, 'sergei-lavrov');
		assert.equal(dateAt(analysis, FIXTURE_TEXT.indexOf('Sunday'))?.text, 'on Sunday');
	});

	it('lists an actor’s quotes and spellings, most frequent first', () => {
		const [lavrov] = analysis.actors;
		assert.deepEqual(quotesOf(analysis, lavrov).map((quote) => quote.text), ['We want peace,']);
		assert.deepEqual(spellingsOf(lavrov), ['Sergei Lavrov', 'Lavrov']);
	});

	it('ranks candidate speakers by distance to the quote, places counted farther', () => {
		const unattributed = analysis.quotes[1];
		assert.deepEqual(
			candidateSpeakers(analysis, unattributed).map((actor) => actor.id),
			['sergei-lavrov', 'antony-blinken', 'moscow'],
		);
	});
});
