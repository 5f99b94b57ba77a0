import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../../src/analysis';
import { ChunkedAnalyzer, chunkText } from '../../../../src/editor/analysis/chunkedAnalysis';
import { generateArticles } from '../../../bench/generateCorpus';

const large = generateArticles(1, 96 * 1024, 7)[0];

describe('chunkText', () => {
	it('covers the text exactly, in order, in several chunks', () => {
		const chunks = chunkText(large);
		assert.ok(chunks.length > 4, `${chunks.length} chunks`);
		assert.equal(chunks.map((chunk) => chunk.text).join(''), large);
		for (const chunk of chunks) assert.equal(large.slice(chunk.start, chunk.start + chunk.text.length), chunk.text);
	});

	it('changes only the chunk an edit falls in', () => {
		const middle = large.indexOf('\n\n', large.length / 2) + 2;
		const edited = `${large.slice(0, middle)}Antony Blinken said nothing. ${large.slice(middle)}`;
		const before = new Set(chunkText(large).map((chunk) => chunk.text));
		const changed = chunkText(edited).filter((chunk) => !before.has(chunk.text));
		assert.equal(changed.length, 1);
	});
});

describe('ChunkedAnalyzer', () => {
	it('re-analyses only the edited chunk and shifts the rest', () => {
		const analyzer = new ChunkedAnalyzer();
		const first = analyzer.analyze(large, {});
		assert.equal(analyzer.reanalysedChunks, chunkText(large).length);
		const insertion = 'Antony Blinken said nothing. ';
		const middle = large.indexOf('\n\n', large.length / 2) + 2;
		const edited = `${large.slice(0, middle)}${insertion}${large.slice(middle)}`;
		const second = analyzer.analyze(edited, {});
		assert.equal(analyzer.reanalysedChunks, 1);
		const lastDate = first.dates.at(-1);
		assert.ok(lastDate && lastDate.start > middle);
		assert.ok(second.dates.some((date) => date.start === lastDate.start + insertion.length && date.text === lastDate.text));
		for (const actor of second.actors) {
			for (const mention of actor.mentions) assert.equal(edited.slice(mention.start, mention.end), mention.text);
		}
	});

	it('warms its chunks in the background so the next analysis only merges, and stops when cancelled', async () => {
		const analyzer = new ChunkedAnalyzer();
		await analyzer.warm(large, {}, () => false);
		analyzer.analyze(large, {});
		assert.equal(analyzer.reanalysedChunks, 0);
		const cancelled = new ChunkedAnalyzer();
		await cancelled.warm(large, {}, () => true);
		cancelled.analyze(large, {});
		assert.equal(cancelled.reanalysedChunks, chunkText(large).length);
	});

	it('finds nearly every mention a whole-text analysis finds', () => {
		const whole = analyzeArticle(large);
		const chunked = new ChunkedAnalyzer().analyze(large, {});
		const chunkedStarts = new Set(chunked.actors.flatMap((actor) => actor.mentions.map((mention) => mention.start)));
		const wholeStarts = whole.actors.flatMap((actor) => actor.mentions.map((mention) => mention.start));
		const found = wholeStarts.filter((start) => chunkedStarts.has(start)).length;
		assert.ok(found / wholeStarts.length > 0.95, `${found} of ${wholeStarts.length}`);
		assert.equal(chunked.referenceDate, whole.referenceDate);
		assert.ok(Math.abs(chunked.quotes.length - whole.quotes.length) <= whole.quotes.length * 0.05);
	});
});
