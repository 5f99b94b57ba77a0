import * as assert from 'node:assert/strict';
import { changedGroups, Outline, type OutlineNode } from '../../../src/index';
import { twoArticles } from './indexFixtures';

/** Each node's id, and its children's, depth first: a picture of the whole tree. */
function ids(outline: Outline, nodes: OutlineNode[] = outline.roots()): string[] {
	return nodes.flatMap((node) => [node.id, ...ids(outline, outline.children(node))]);
}

function child(outline: Outline, parent: OutlineNode | undefined, id: string): OutlineNode {
	const found = outline.children(parent).find((node) => node.id === id);
	assert.ok(found, `no child ${id} under ${parent?.id ?? 'the root'}`);
	return found;
}

describe('Outline', () => {
	const [article, other] = twoArticles();

	it('shows nothing without an article, so the view shows its welcome', () => {
		assert.deepEqual(new Outline([], 'article').roots(), []);
	});

	it('groups one article: actors by kind with counts, quotes by speaker, claims by tag, orphans apart', () => {
		const outline = new Outline([article], 'article');
		assert.deepEqual(
			outline.roots().map((node) => [node.group, node.count]),
			[
				['actors', 2],
				['quotes', 2],
				['timeline', 3],
				['claims', 1],
				['orphaned', 1],
			],
		);
		const lavrov = child(outline, child(outline, child(outline, undefined, 'actors'), 'actors/person'), 'actors/person/sergei-lavrov');
		assert.equal(lavrov.type === 'actor' && lavrov.mentions, 2);
		assert.deepEqual(
			outline.children(lavrov).map((node) => node.type),
			['quote', 'mention', 'mention'],
		);
		const speakers = outline.children(child(outline, undefined, 'quotes'));
		assert.deepEqual(
			speakers.map((node) => node.type === 'speaker' && [node.name, node.count]),
			[
				['Sergei Lavrov', 1],
				[null, 1],
			],
		);
		const threat = child(outline, child(outline, undefined, 'claims'), 'claims/threat');
		const [threatClaim] = outline.children(threat);
		assert.equal(threatClaim.type === 'claim' && threatClaim.claim.status, 'disputed');
	});

	it('orders the timeline by resolved value, unresolved last', () => {
		const outline = new Outline([article], 'article');
		const dates = outline.children(child(outline, undefined, 'timeline'));
		assert.deepEqual(
			dates.map((node) => node.type === 'date' && node.text),
			['Friday', 'next week', 'soon'],
		);
	});

	it('links every node to its parent and keeps ids stable across rebuilds', () => {
		const first = ids(new Outline([article], 'article'));
		assert.deepEqual(ids(new Outline([article], 'article')), first);
		assert.equal(new Set(first).size, first.length, 'ids are unique');
		const outline = new Outline([article], 'article');
		const node = outline.nodeAt(article.uri, 82);
		assert.equal(node?.type, 'mention');
		assert.deepEqual(
			[node?.parent?.id, node?.parent?.parent?.id, node?.parent?.parent?.parent?.id],
			['actors/person/sergei-lavrov', 'actors/person', 'actors'],
		);
	});

	it('finds the node at an offset: a claim before the quote it covers, then dates', () => {
		const outline = new Outline([article], 'article');
		assert.equal(outline.nodeAt(article.uri, 25)?.type, 'claim');
		assert.equal(outline.nodeAt(article.uri, 105)?.type, 'quote');
		assert.equal(outline.nodeAt(article.uri, 62)?.type, 'date');
		assert.equal(outline.nodeAt(article.uri, 0), undefined);
	});

	it('tells which groups changed through their signatures', () => {
		const before = new Outline([article], 'article');
		const after = new Outline([{ ...article, dates: article.dates.slice(1) }], 'article');
		const changed = changedGroups(before, after);
		assert.deepEqual(changed !== 'all' && changed.map((node) => node.id), ['timeline']);
		assert.equal(changedGroups(new Outline([], 'article'), after), 'all');
	});

	it('lists quotes from several articles in the workspace scope, narrowed by the filter', () => {
		const outline = new Outline([article, other], 'workspace');
		const lavrov = child(outline, child(outline, undefined, 'quotes'), 'quotes/sergei-lavrov');
		assert.deepEqual(
			outline.children(lavrov).map((node) => node.type === 'quote' && node.location.uri),
			['file:///a.txt', 'file:///b.txt'],
		);
		const filtered = new Outline([article, other], 'workspace', { actor: 'Antony Blinken', status: 'verified' });
		assert.deepEqual(
			filtered.children(child(filtered, undefined, 'quotes')).map((node) => node.id),
			['quotes/antony-blinken'],
		);
		const claims = child(filtered, undefined, 'claims');
		assert.equal(claims.type === 'group' && claims.count, 1);
	});

	it('groups the workspace timeline by month, unresolved last', () => {
		const outline = new Outline([article, other], 'workspace');
		assert.deepEqual(
			outline.children(child(outline, undefined, 'timeline')).map((node) => node.id),
			['timeline/2022-01', 'timeline/2022-02', 'timeline/'],
		);
		assert.equal(outline.nodeAt(other.uri, 12)?.parent?.id, 'timeline/2022-02');
	});
});
