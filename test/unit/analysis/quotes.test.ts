import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotes } from '../../../src/analysis/quotes/findQuotes';
import type { Actor } from '../../../src/analysis/types';

/** The quoted texts `findQuotes` finds, with no actors. */
const quoted = (text: string) => findQuotes(text, []).map((quote) => quote.text);

describe('findQuotes: quotation marks', () => {
	for (const [style, text] of [
		['curly double', 'He said “we will not back down” today.'],
		['straight double', 'He said "we will not back down" today.'],
		['guillemets', 'He said «we will not back down» today.'],
		['spaced guillemets', 'He said « we will not back down » today.'],
		['reversed guillemets', 'He said »we will not back down« today.'],
		['low-high', 'Er sagte „we will not back down“ heute.'],
		['single guillemets', 'He said ‹we will not back down› today.'],
		['curly single', 'He said ‘we will not back down’ today.'],
		['fullwidth', 'He said ＂we will not back down＂ today.'],
	]) {
		it(`finds a quote in ${style} marks, without the marks`, () => {
			assert.deepEqual(quoted(text), ['we will not back down']);
		});
	}

	it('keeps offsets that index the text, and punctuation inside the marks', () => {
		const text = '“We want good relations with all countries,” Lavrov told Channel 1.';
		const [quote] = findQuotes(text, []);
		assert.equal(text.slice(quote.start, quote.end), quote.text);
		assert.equal(quote.text, 'We want good relations with all countries,');
	});

	it('leaves spaces before a closing mark out of the span', () => {
		assert.deepEqual(quoted('Lavrov said: “we will not allow our interests to be ignored ».'), ['we will not allow our interests to be ignored']);
	});

	it('pairs mixed marks', () => {
		assert.deepEqual(quoted('He said: “If it depended on Russia, there would be no wars – he explained -. We do not want wars ».'), [
			'If it depended on Russia, there would be no wars – he explained -. We do not want wars',
		]);
	});

	it('makes one quote of nested quotes: the outer one', () => {
		assert.deepEqual(quoted('Kiev wants “to resolve the “Donbass problem” by force.” He left.'), ['to resolve the “Donbass problem” by force.']);
		assert.deepEqual(quoted('She said “they called it ‘a farce’ at once” and left.'), ['they called it ‘a farce’ at once']);
	});

	it('runs an unclosed quote to the end of its paragraph, and the next paragraph opens again', () => {
		const text = 'He said: “We will not back down.\n\n“Nor will we give in,” he added.';
		assert.deepEqual(quoted(text), ['We will not back down.', 'Nor will we give in,']);
	});

	it('pairs straight double quotes within a paragraph only', () => {
		assert.deepEqual(quoted('He said "yes" and "no".\n\nShe said "maybe\n\nand "never"'), ['yes', 'no', 'maybe', 'never']);
	});

	it('does not take apostrophes for quotes', () => {
		assert.deepEqual(quoted('Russia’s troops don’t move, as in the ’90s and the Russians’ 2014 plans.'), []);
		assert.deepEqual(quoted('It was the ‘Donbass problem’ in Russia’s words.'), ['Donbass problem']);
	});

	it('closes a quote at a mark after the quote’s final comma even when it faces the wrong way', () => {
		assert.deepEqual(quoted('He said: “we are ready, whatever happens, “he said. Then “non-stop” talks.'), ['we are ready, whatever happens,', 'non-stop']);
	});

	it('recovers from a stray closing mark', () => {
		assert.deepEqual(quoted('He asked for “a request at the expense of security.” of others”. Then “more”.'), ['a request at the expense of security.', 'more']);
	});

	it('never throws on unbalanced or odd marks, empty quotes, CRLF and emoji', () => {
		for (const text of ['', '“', '”', '"', '““““', '””””', '«»', '"" ""', '“ ”', 'a“b”c', '„', '‘', '’', '“😀”\r\n\r\n“x', '” “ ” “', '5\'11" tall']) {
			for (const quote of findQuotes(text, [])) {
				assert.ok(quote.start < quote.end && quote.end <= text.length);
				assert.equal(text.slice(quote.start, quote.end), quote.text);
			}
		}
		assert.deepEqual(quoted('“😀 ok”\r\n\r\n“x'), ['😀 ok', 'x']);
	});

	it('returns ordered, disjoint quotes that index any text, with any actors', () => {
		const piece = fc.constantFrom('“', '”', '"', '«', '»', '„', '‹', '›', '‘', '’', ' ', '\n', '\n\n', '\r\n', ',', '.', '?', ':', '–', 'he said', 'Lavrov', ' said ', 'according to ', 'the minister', '😀', 'a');
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(200), { maxLength: 6 }), (pieces, starts) => {
				const text = pieces.join('');
				const actors: Actor[] = [{ id: 'lavrov', name: 'Lavrov', kind: 'person', mentions: starts.map((start) => ({ start, end: start + 6, text: text.slice(start, start + 6) })) }];
				let previousEnd = 0;
				for (const quote of findQuotes(text, actors)) {
					assert.ok(previousEnd <= quote.start && quote.start < quote.end && quote.end <= text.length);
					assert.equal(text.slice(quote.start, quote.end), quote.text);
					assert.ok(quote.speaker === null || quote.speaker === 'lavrov');
					if (quote.attribution) assert.equal(text.slice(quote.attribution.start, quote.attribution.end), quote.attribution.text);
					previousEnd = quote.end;
				}
			}),
			{ numRuns: 500 },
		);
	});

	it('handles 5 MB of unbalanced marks in linear time', () => {
		const text = '“ab ”x” “'.repeat(550_000);
		const started = Date.now();
		findQuotes(text, []);
		assert.ok(Date.now() - started < 10_000, 'took over 10 s');
	});
});
