import * as assert from 'node:assert/strict';
import type { ArticleAnalysis } from '../../../src/analysis/types';
import { sentenceAt, speakerAround } from '../../../src/annotations/claimContext';
import { ARTICLE, rangeOf } from './fixtures';

function span(phrase: string, occurrence = 0) {
	return { ...rangeOf(ARTICLE, phrase, occurrence), text: phrase };
}

/** A hand-made analysis of the fixture, so these tests do not depend on the analysers' quality. */
const ANALYSIS: ArticleAnalysis = {
	referenceDate: '2022-01-28',
	actors: [
		{ id: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person', mentions: [span('Sergei Lavrov')] },
		{ id: 'russia', name: 'Russia', kind: 'place', mentions: [span('Russia', 1), span('Russia', 2)] },
		{ id: 'joe-biden', name: 'Joe Biden', kind: 'person', mentions: [span('Joe Biden')] },
	],
	quotes: [
		{ ...span('"We will not allow our interests to be ignored."'), speaker: 'sergei-lavrov', attribution: span('Sergei Lavrov said') },
		{ ...span('"We are ready to respond decisively,"'), speaker: 'joe-biden', attribution: span('he added') },
	],
	dates: [],
};

describe('claim context', () => {
	it('finds the sentence at the cursor, trimmed', () => {
		const at = ARTICLE.indexOf('denies planning');
		const sentence = sentenceAt(ARTICLE, at);
		assert.equal(sentence && ARTICLE.slice(sentence.start, sentence.end), 'Russia denies planning an invasion.');
		assert.equal(sentenceAt('  \n\n  ', 3), undefined, 'white space has no sentence');
		const headline = sentenceAt(ARTICLE, ARTICLE.indexOf('warns'));
		assert.equal(headline && ARTICLE.slice(headline.start, headline.end), 'Moscow warns of consequences', 'without the dateline');
	});

	it('takes the speaker of a quote the claim overlaps, or of its attribution', () => {
		assert.equal(speakerAround(ANALYSIS, ARTICLE, ...startEnd('allow our interests')), 'Sergei Lavrov');
		assert.equal(speakerAround(ANALYSIS, ARTICLE, ...startEnd('he added')), 'Joe Biden');
	});

	it('else the first actor named in the sentence, else nobody', () => {
		assert.equal(speakerAround(ANALYSIS, ARTICLE, ...startEnd('planning an invasion', 0)), 'Russia');
		assert.equal(speakerAround(ANALYSIS, ARTICLE, ...startEnd('Moscow warns')), null);
	});
});

function startEnd(phrase: string, occurrence = 0): [number, number] {
	const { start, end } = rangeOf(ARTICLE, phrase, occurrence);
	return [start, end];
}
