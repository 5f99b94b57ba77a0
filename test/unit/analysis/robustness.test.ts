import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../../../src/analysis';

const sample = readFileSync(path.resolve(__dirname, '../../../../samples/000_3bd8f084f7e71b1a.txt'), 'utf8');

/** Every span of the analysis indexes `text` and says what it holds. */
function assertSpansIndex(text: string, analysis: ArticleAnalysis): void {
	const spans = [...analysis.actors.flatMap((actor) => actor.mentions), ...analysis.quotes, ...analysis.dates];
	for (const span of spans) {
		assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `span ${span.start}-${span.end} outside the text`);
		assert.equal(text.slice(span.start, span.end), span.text);
	}
}

/** Deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) & 0x7fffffff;
		return state / 0x7fffffff;
	};
}

describe('analyzeArticle on bad input', () => {
	it('returns empty results for empty text', () => {
		assert.deepEqual(analyzeArticle(''), { referenceDate: null, actors: [], quotes: [], dates: [] });
	});

	it('survives binary noise', () => {
		const next = random(7);
		const noise = Array.from({ length: 20_000 }, () => String.fromCharCode(Math.floor(next() * 0xffff))).join('');
		assertSpansIndex(noise, analyzeArticle(noise, { referenceDate: '2022-01-28' }));
	});

	it('survives unbalanced quotation marks', () => {
		const text = 'Lavrov said: “We will “not” back down. «Never » " “ ‘ ’ „ ‹\n\n“Still open';
		assertSpansIndex(text, analyzeArticle(text));
	});

	it('keeps offsets right with CRLF line endings', () => {
		const crlf = sample.replace(/\n/g, '\r\n');
		const analysis = analyzeArticle(crlf);
		assertSpansIndex(crlf, analysis);
		assert.equal(analysis.referenceDate, '2022-01-28');
	});

	it('removes a byte-order mark and counts offsets without it', () => {
		const analysis = analyzeArticle(`\ufeff${sample}`);
		assert.deepEqual(analysis, analyzeArticle(sample));
	});

	it('counts UTF-16 units across emoji and other surrogate pairs', () => {
		const text = `🇺🇦😀 ${sample}`;
		const analysis = analyzeArticle(text);
		assertSpansIndex(text, analysis);
		const plain = analyzeArticle(sample);
		assert.equal(analysis.actors.length, plain.actors.length);
	});

	it('handles Cyrillic names', () => {
		const text = 'date 2022-01-28\n\nСергей Лавров заявил: «Мы не хотим войны». Лавров встретился с Блинкеном в Женеве.';
		assertSpansIndex(text, analyzeArticle(text));
	});

	it('analyses 5 MB of text and gives the same answer twice', function () {
		this.timeout(60_000);
		const big = sample.repeat(Math.ceil((5 * 1024 * 1024) / sample.length));
		const first = analyzeArticle(big);
		assertSpansIndex(big, first);
		assert.ok(first.actors.length > 0 || first.dates.length > 0 || first.quotes.length > 0);
		assert.deepEqual(analyzeArticle(big), first);
	});

	it('treats a non-string as empty text rather than throwing', () => {
		assert.deepEqual(analyzeArticle(undefined as unknown as string).actors, []);
	});

	it('ignores an impossible dateline and uses the given reference date', () => {
		assert.equal(analyzeArticle('date 2022-02-30\nText.', { referenceDate: '2022-01-01' }).referenceDate, '2022-01-01');
	});
});
