import * as assert from 'node:assert/strict';
import type { ExportOutput } from '../../../src/export';
import { EXPORT_FORMATS, writeArticles } from '../../../src/export';
import { jsonExportSchema } from '../../../src/export/json/jsonExportSchema';
import { emojiCyrillicArticle, sampleArticles } from './exportFixtures';

const articles = () => [...sampleArticles(), emojiCyrillicArticle()];

function documentOf(output: ExportOutput): string {
	assert.equal(output.kind, 'document');
	return output.content;
}

// Parsed JSON-LD is checked field by field below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('every export of the samples is valid in its format', () => {
	it('JSON parses and matches its schema, with every annotation', () => {
		const all = articles();
		const parsed = jsonExportSchema.parse(JSON.parse(documentOf(writeArticles(EXPORT_FORMATS.json.writer, all))));
		assert.equal(parsed.articles.length, all.length);
		for (const [index, article] of parsed.articles.entries()) {
			assert.deepEqual(article.claims, all[index].sidecar?.claims);
			assert.deepEqual(article.quotes, all[index].analysis.quotes);
		}
	});

	it('W3C: a collection of annotations with the model’s required fields and both selectors', () => {
		const all = articles();
		const collection: Json = JSON.parse(documentOf(writeArticles(EXPORT_FORMATS.w3c.writer, all)));
		assert.equal(collection['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
		assert.equal(collection.type, 'AnnotationCollection');
		assert.equal(collection.first.type, 'AnnotationPage');
		const items: Json[] = collection.first.items;
		assert.equal(collection.total, items.length);
		assert.equal(new Set(items.map((item) => item.id)).size, items.length, 'ids are unique');
		for (const item of items) {
			assert.equal(item.type, 'Annotation');
			assert.match(item.id, /^[a-z][a-z0-9+.-]*:\S+$/i, 'id is an IRI');
			assert.ok(['identifying', 'highlighting', 'describing', 'assessing'].includes(item.motivation));
			assert.equal(typeof item.target.source, 'string');
			for (const body of item.body ?? []) assert.deepEqual(Object.keys(body).sort(), ['purpose', 'type', 'value']);
			const [quote, position] = item.target.selector;
			assert.equal(quote.type, 'TextQuoteSelector');
			for (const key of ['exact', 'prefix', 'suffix']) assert.equal(typeof quote[key], 'string');
			assert.equal(position.type, 'TextPositionSelector');
			const article = all.find((candidate) => encodeURI(candidate.file) === item.target.source);
			assert.ok(article);
			assert.equal([...article.text].slice(position.start, position.end).join(''), quote.exact, 'positions count code points');
		}
	});

	it('ClaimReview: one review per reviewed claim, with schema.org’s required fields', () => {
		const all = articles();
		const document: Json = JSON.parse(documentOf(writeArticles(EXPORT_FORMATS.claimreview.writer, all)));
		assert.equal(document['@context'], 'https://schema.org');
		const reviewed = all.flatMap((article) => (article.sidecar?.claims ?? []).filter((claim) => claim.status !== 'unverified'));
		assert.equal(document['@graph'].length, reviewed.length);
		for (const review of document['@graph'] as Json[]) {
			assert.equal(review['@type'], 'ClaimReview');
			assert.ok(review.claimReviewed.length > 0);
			assert.equal(typeof review.url, 'string');
			assert.match(review.datePublished, /^\d{4}-\d{2}-\d{2}$/);
			assert.equal(review.itemReviewed['@type'], 'Claim');
			assert.ok(['True', 'False', 'Misleading', 'Disputed'].includes(review.reviewRating.alternateName));
			assert.equal(review.reviewRating['@type'], 'Rating');
			if (review.itemReviewed.author) assert.ok(review.itemReviewed.author.name);
		}
		const lavrov = (document['@graph'] as Json[]).find((review) => review.claimReviewed === 'Мы не хотим войны 🕊️');
		assert.deepEqual(lavrov?.itemReviewed.author, { '@type': 'Person', name: 'Сергей Лавров' });
		assert.equal(lavrov?.itemReviewed.datePublished, '2022-02-12');
		assert.equal(lavrov?.reviewRating.alternateName, 'Disputed');
	});

	it('brat: each span’s text is the .txt at its code point offsets, and annotation.conf declares every type', () => {
		const output = writeArticles(EXPORT_FORMATS.brat.writer, articles());
		assert.equal(output.kind, 'folder');
		const files = new Map(output.files.map((file) => [file.path, file.content]));
		const conf = files.get('annotation.conf') ?? '';
		const declared = new Set(conf.split('\n').filter((line) => line && !line.startsWith('#') && !line.startsWith('[')).map((line) => line.split('\t')[0]));
		for (const [name, ann] of files) {
			if (!name.endsWith('.ann')) continue;
			const codePoints = [...(files.get(name.replace(/\.ann$/, '.txt')) ?? '')];
			for (const line of ann.trimEnd().split('\n')) {
				const [id, head, text] = line.split('\t');
				assert.match(id, /^[TA#]\d+$/);
				const [type] = head.split(' ');
				if (id.startsWith('T')) {
					assert.ok(declared.has(type), `${type} declared`);
					const fragments = head.slice(type.length + 1).split(';').map((fragment) => fragment.split(' ').map(Number));
					assert.equal(fragments.map(([start, end]) => codePoints.slice(start, end).join('')).join(' '), text, line);
					assert.doesNotMatch(text, /[\r\n]/);
				} else if (id.startsWith('A')) {
					const [, , value] = head.split(' ');
					assert.ok(declared.has(type));
					assert.match(conf, new RegExp(`^${type}\\t.*Value:(?:.*\\|)?${value}(?:\\||$)`, 'm'), `${value} declared for ${type}`);
				}
			}
		}
	});

	it('brat leaves orphaned claims out and says so', () => {
		const article = emojiCyrillicArticle();
		const sidecar = article.sidecar!;
		const orphaned = { ...article, sidecar: { ...sidecar, claims: sidecar.claims.map((claim, index) => (index === 0 ? { ...claim, orphaned: true } : claim)) } };
		const output = writeArticles(EXPORT_FORMATS.brat.writer, [orphaned]);
		assert.match(output.warnings.join('\n'), /1 orphaned claim/);
	});
});
