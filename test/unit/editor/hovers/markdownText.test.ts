import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import { commandLink, escapeMarkdown, shorten } from '../../../../src/editor/hovers/markdownText';

/** VS Code renders hovers with marked (GitHub-flavoured, so autolinks too). */
const markdown = { render: (text: string) => marked.parse(text, { async: false, gfm: true }) };

describe('escapeMarkdown', () => {
	const crafted = [
		'Sergei [x](command:workbench.action.quit) Lavrov',
		'<a href="command:workbench.action.quit">Lavrov</a>',
		'![img](https://example.com/a.png)',
		'**bold** _em_ `code` https://example.com www.example.com',
		'# heading\n- item\n> quote',
		'[ref]\n\n[ref]: command:workbench.action.quit',
	];
	for (const text of crafted) {
		it(`renders ${JSON.stringify(text)} as plain text, with no link, image or tag`, () => {
			const html = markdown.render(escapeMarkdown(text));
			assert.doesNotMatch(html, /<(?:a|img|strong|em|code|h1|li|blockquote)\b/);
			assert.equal(html, `<p>${escapeHtml(text.replace(/\s+/g, ' '))}</p>\n`);
		});
	}

	it('leaves letters, digits and non-ASCII punctuation alone', () => {
		assert.equal(escapeMarkdown('Лавров said “no” – 2022'), 'Лавров said “no” – 2022');
	});
});

describe('commandLink', () => {
	it('percent-encodes its arguments so a parenthesis cannot end the link', () => {
		const link = commandLink('reveal', 'articleAnnotator.revealInArticle', { uri: 'file:///a)b(c.txt', start: 1 });
		const html = markdown.render(link);
		assert.match(html, /^<p><a href="command:articleAnnotator\.revealInArticle\?[^"]+">reveal<\/a><\/p>\n$/);
		const query = /\?([^"]+)"/.exec(html)?.[1] ?? '';
		assert.deepEqual(JSON.parse(decodeURIComponent(query)), [{ uri: 'file:///a)b(c.txt', start: 1 }]);
	});
});

describe('shorten', () => {
	it('cuts at a word boundary with an ellipsis', () => {
		assert.equal(shorten('We do not want wars, but we will not allow it', 20), 'We do not want…');
		assert.equal(shorten('short', 20), 'short');
	});
});

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
