import * as assert from 'node:assert/strict';
import { findQuotes } from '../../../src/analysis/quotes/findQuotes';
import { MentionIndex } from '../../../src/analysis/quotes/mentionIndex';
import { SpeechVerbIndex } from '../../../src/analysis/quotes/speechVerbs';
import type { Actor } from '../../../src/analysis/types';

/** Each quote's text and attribution words, with no actors. */
const attributed = (text: string) => findQuotes(text, []).map((quote) => [quote.text, quote.attribution?.text ?? null]);

describe('SpeechVerbIndex', () => {
	it('finds verbs at word starts only, phrases across line breaks, and leaves out nouns and the addressed', () => {
		const text = 'He said it. The ex-said, don’said and \'said; she pointed\n  out, “the claims” and Trump’s claims. He was asked.';
		assert.deepEqual(
			new SpeechVerbIndex(text).within(0, text.length).map((verb) => verb.form),
			['said', 'pointed out'],
		);
	});
});

describe('findQuotedSpans: apostrophes', () => {
	it('pairs ‘ with a later ’ and takes a lone ’ for an apostrophe', () => {
		assert.deepEqual(
			findQuotes('Russia’s ‘big’ plan', []).map((quote) => quote.text),
			['big'],
		);
		assert.deepEqual(findQuotes('Russia’s plan, Lavrov’s words', []), []);
	});
});

describe('findQuotes: attributions inside and after quotes', () => {
	it('takes a name of up to four words set off inside a quote, not a longer one', () => {
		assert.deepEqual(attributed('It was “bold, John Paul George Ringo said, and new” today.'), [['bold, John Paul George Ringo said, and new', 'John Paul George Ringo said']]);
		assert.deepEqual(attributed('It was “bold, John Paul George Ringo Starr said, and new” today.'), [['bold, John Paul George Ringo Starr said, and new', null]]);
	});

	it('reads "according to" and "in the words of" in any case, and sources spelt with a long s', () => {
		assert.deepEqual(attributed('The plan is “bold”, in the WORDS of Lavrov.'), [['bold', 'in the WORDS of Lavrov']]);
		assert.deepEqual(attributed('“We stay,” ſources in Kiev told.'), [['We stay,', 'ſources in Kiev told']]);
	});
});

describe('MentionIndex', () => {
	const actor = (id: string, kind: Actor['kind'], spans: Array<[number, number]>): Actor => ({ id, name: id, kind, mentions: spans.map(([start, end]) => ({ start, end, text: '' })) });

	it('orders mentions by start, the longer first where two start together', () => {
		const index = new MentionIndex([actor('a', 'person', [[5, 9], [20, 22]]), actor('b', 'place', [[5, 12], [1, 3]])], []);
		assert.deepEqual(
			index.within(0, 100).map((mention) => [mention.actor.id, mention.start, mention.end]),
			[['b', 1, 3], ['b', 5, 12], ['a', 5, 9], ['a', 20, 22]],
		);
		assert.equal(index.first(4, 100)?.end, 12);
		assert.equal(index.first(13, 20), undefined);
		assert.equal(index.last(0, 15)?.end, 9);
		assert.equal(index.last(13, 20), undefined);
	});
});
