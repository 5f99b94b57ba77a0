import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FramedDocumentFile } from '../../../src/cli/framedDocumentFile';
import { EXPORT_FORMATS, isFramed, writeArticles } from '../../../src/export';
import { sampleArticles } from '../export/exportFixtures';

describe('command line: a framed document written as its articles come', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'article-annotator-framed-'));
	after(() => rmSync(folder, { recursive: true, force: true }));
	const frame = { head: '[', separator: ',', tail: ']', empty: '[]' };

	it('writes the texts in article order whatever order they come in, leaving out failed files and empty texts', () => {
		const file = path.join(folder, 'nested', 'order.json');
		const document = new FramedDocumentFile(file, frame);
		document.put(2, '"c"');
		document.put(1, undefined);
		assert.equal(existsSync(file), false, 'nothing is written before the first article');
		document.put(0, '"a"');
		document.put(4, '"e"');
		document.put(3, '');
		assert.equal(document.close(), true);
		assert.equal(readFileSync(file, 'utf8'), '["a","c","e"]');
	});

	it('writes the empty document when every text is empty, and no file when every file failed', () => {
		const empty = path.join(folder, 'empty.json');
		const onlyEmpty = new FramedDocumentFile(empty, frame);
		onlyEmpty.put(0, '');
		assert.equal(onlyEmpty.close(), true);
		assert.equal(readFileSync(empty, 'utf8'), '[]');
		const none = path.join(folder, 'none.json');
		const allFailed = new FramedDocumentFile(none, frame);
		allFailed.put(0, undefined);
		assert.equal(allFailed.close(), false);
		assert.equal(existsSync(none), false);
	});

	it('gives every framed format the document it assembles in one go', () => {
		const articles = sampleArticles();
		for (const format of Object.values(EXPORT_FORMATS)) {
			const { writer } = format;
			if (!isFramed(writer)) continue;
			const file = path.join(folder, `streamed.${format.extension}`);
			const document = new FramedDocumentFile(file, writer.frame({ byteOrderMark: true }));
			[...articles.keys()].reverse().forEach((index) => document.put(index, writer.articlePart(articles[index], {})));
			document.close();
			assert.equal(readFileSync(file, 'utf8'), writeArticles(writer, articles, { byteOrderMark: true }).content, format.id);
		}
	});
});
