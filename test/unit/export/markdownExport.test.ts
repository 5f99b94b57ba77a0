import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import { escapeMarkdown } from '../../../src/export/markdown/escapeMarkdown';
import { exportMarkdown } from '../../../src/export/markdown/markdownExport';
import { sampleArticles } from './exportFixtures';
import { hostileArticle } from './hostileArticle';

/** The cells of a Markdown table row, split on unescaped pipes. */
const cellsOf = (row: string) => row.slice(1, -1).split(/(?<!\\)\|/);

/** True when `text` holds `char` not preceded by a backslash. */
const hasUnescaped = (text: string, char: string) => new RegExp(`(?<!\\\\)\\${char}`).test(text.replace(/\\\\/g, ''));

describe('Markdown report', () => {
	it('escapes what Markdown would read as markup', () => {
		assert.equal(escapeMarkdown('a | b *c* _d_ `e` [f](g) <h> &i; $j$ ~k~ \\'), 'a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\]\\(g\\) \\<h\\> \\&i; \\$j\\$ \\~k\\~ \\\\');
		assert.equal(escapeMarkdown('# title'), '\\# title');
		assert.equal(escapeMarkdown('- item'), '\\- item');
		assert.equal(escapeMarkdown('12. item'), '12\\. item');
		assert.equal(escapeMarkdown('> quote'), '\\> quote');
		assert.equal(escapeMarkdown('two\n\nparagraphs\r\nhere'), 'two paragraphs here');
		assert.equal(escapeMarkdown('see https://x.example, www.y.example or a@b.example'), 'see https\\://x.example, www\\.y.example or a\\@b.example');
	});

	it('keeps hostile article text, names and notes as text in tables, quotes and headings', () => {
		const output = exportMarkdown([hostileArticle()]);
		assert.equal(output.kind, 'document');
		const lines = output.content.split('\n');
		assert.equal(lines[0], '# \\=evil,name "x".txt');
		let header = '';
		for (const [index, line] of lines.entries()) {
			assert.ok(!hasUnescaped(line, '<'), `raw HTML in ${line}`);
			if (line.startsWith('| ')) {
				if (!lines[index - 1].startsWith('| ')) header = line;
				assert.equal(cellsOf(line).length, cellsOf(header).length, `cells of ${line}`);
			}
			if (line.startsWith('> ')) assert.ok(!hasUnescaped(line.slice(2), '*'), line);
		}
		assert.ok(lines.includes('### Smith \\| \\*Jr\\*'));
		assert.ok(output.content.includes('\\# Not a heading'));
	});

	it('renders hostile text as text: no HTML, links, emphasis, code, math or extra headings', () => {
		const rendered = marked.parse(exportMarkdown([hostileArticle()]).content, { async: false, gfm: true });
		const html = rendered.replaceAll('<p><em>None.</em></p>', '');
		for (const tag of ['<script', '<a ', '<em>', '<strong>', '<code>', '<del>', '<b>', '<ol', '<h2>\\']) assert.ok(!html.includes(tag), `${tag} in ${html}`);
		assert.equal(html.match(/<h1>/g)?.length, 1, 'only the article heading');
		assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the markup shows as text');
		assert.ok(html.includes('[link](http://x.example)'));
		assert.equal((html.match(/<table>/g) ?? []).length, 2, 'actors and claims tables');
		assert.ok(html.includes('<td>Smith | *Jr*</td>'), 'pipes and stars stay inside their cell');
	});

	it('reports each sample with its sections', () => {
		const articles = sampleArticles();
		const output = exportMarkdown(articles);
		assert.equal(output.kind, 'document');
		for (const heading of ['## Summary', '## Actors', '## Quotes by speaker', '## Timeline', '## Claims']) {
			assert.equal(output.content.split('\n').filter((line) => line === heading).length, articles.length, heading);
		}
		assert.match(output.content, /\| verified \| /);
		assert.match(output.content, /Checked, "twice", against TASS; see =SUM\\\(A1\\\)/);
	});
});
