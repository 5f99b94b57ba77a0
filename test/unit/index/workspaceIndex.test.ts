import * as assert from 'node:assert/strict';
import { parseDateRange, WorkspaceIndex } from '../../../src/index';
import { twoArticles } from './indexFixtures';

function indexOfTwo(): WorkspaceIndex {
	const index = new WorkspaceIndex();
	for (const entry of twoArticles()) index.set(entry);
	return index;
}

describe('WorkspaceIndex', () => {
	it('answers every quote of an actor across articles by canonical name', () => {
		const quotes = indexOfTwo().quotesOf('Sergei Lavrov');
		assert.deepEqual(
			quotes.map((quote) => [quote.uri, quote.text]),
			[
				['file:///a.txt', '“We do not want war”'],
				['file:///b.txt', '“Diplomacy is not over”'],
			],
		);
	});

	it('finds mentions and counts of an actor whatever the case and accents of the name asked for', () => {
		const index = indexOfTwo();
		assert.equal(index.mentionsOf('sergei lavrov').length, 3);
		assert.deepEqual(index.countsFor('Sergei Lavrov'), { articles: 2, mentions: 3, quotes: 2 });
		assert.deepEqual(index.countsFor('Nobody'), { articles: 0, mentions: 0, quotes: 0 });
	});

	it('updates counts when an article is replaced or removed', () => {
		const index = indexOfTwo();
		const [first] = twoArticles();
		index.set({ ...first, actors: first.actors.filter((actor) => actor.key !== 'sergei-lavrov'), quotes: [] });
		assert.deepEqual(index.countsFor('Sergei Lavrov'), { articles: 1, mentions: 1, quotes: 1 });
		assert.ok(index.remove('file:///b.txt'));
		assert.deepEqual(index.countsFor('Sergei Lavrov'), { articles: 0, mentions: 0, quotes: 0 });
		assert.deepEqual(index.articlesMentioning('Moscow'), ['file:///a.txt']);
		assert.equal(index.remove('file:///b.txt'), false);
	});

	it('moves an entry on rename and keeps its queries', () => {
		const index = indexOfTwo();
		assert.ok(index.rename('file:///a.txt', 'file:///renamed.txt'));
		assert.equal(index.get('file:///a.txt'), undefined);
		assert.deepEqual(index.articlesMentioning('Moscow'), ['file:///renamed.txt']);
		assert.deepEqual(index.countsFor('Sergei Lavrov'), { articles: 2, mentions: 3, quotes: 2 });
	});

	it('filters articles by actor, tag, status and reference date range', () => {
		const index = indexOfTwo();
		const uris = (filter: Parameters<WorkspaceIndex['filter']>[0]) => index.filter(filter).map((entry) => entry.uri);
		assert.deepEqual(uris({ actor: 'Antony Blinken' }), ['file:///b.txt']);
		assert.deepEqual(uris({ tag: 'threat' }), ['file:///a.txt', 'file:///b.txt']);
		assert.deepEqual(uris({ tag: 'threat', status: 'verified' }), ['file:///b.txt']);
		assert.deepEqual(uris({ from: '2022-02-01' }), ['file:///b.txt']);
		assert.deepEqual(uris({ to: '2022-01-31', actor: 'Sergei Lavrov' }), ['file:///a.txt']);
	});

	it('lists workspace actors with totals, most mentioned first', () => {
		assert.deepEqual(
			indexOfTwo()
				.actors()
				.map((actor) => [actor.name, actor.mentions, actor.articles]),
			[
				['Sergei Lavrov', 3, 2],
				['Antony Blinken', 1, 1],
				['Moscow', 1, 1],
			],
		);
	});
});

describe('parseDateRange', () => {
	it('reads either side of from..to, and refuses days that do not exist', () => {
		assert.deepEqual(parseDateRange('2022-01-01..2022-02-28'), { from: '2022-01-01', to: '2022-02-28' });
		assert.deepEqual(parseDateRange(' ..2022-02-28 '), { to: '2022-02-28' });
		assert.deepEqual(parseDateRange('..'), {});
		assert.equal(parseDateRange('2022-02-30..'), undefined);
		assert.equal(parseDateRange('last week'), undefined);
	});
});
