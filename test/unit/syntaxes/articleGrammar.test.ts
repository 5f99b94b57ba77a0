import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(__dirname, '../../../..');

/** The article grammar, loaded with the TextMate engine and regular expression library VS Code uses. */
async function loadArticleGrammar(): Promise<textmate.IGrammar> {
	const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new textmate.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
			createOnigString: (text) => new oniguruma.OnigString(text),
		}),
		loadGrammar: async () => {
			const file = path.join(root, 'syntaxes', 'article.tmLanguage.json');
			return textmate.parseRawGrammar(readFileSync(file, 'utf8'), file);
		},
	});
	const grammar = await registry.loadGrammar('text.article');
	assert.ok(grammar);
	return grammar;
}

/** Each token's text with its innermost scope, line by line. */
function tokenize(grammar: textmate.IGrammar, text: string): Array<Array<[string, string]>> {
	let stack = textmate.INITIAL;
	return text.split('\n').map((line) => {
		const { tokens, ruleStack } = grammar.tokenizeLine(line, stack);
		stack = ruleStack;
		return tokens.map((token) => [line.slice(token.startIndex, token.endIndex), token.scopes.at(-1) ?? '']);
	});
}

function scopeOf(lines: Array<Array<[string, string]>>, text: string): string | undefined {
	return lines.flat().find(([tokenText]) => tokenText === text)?.[1];
}

describe('article grammar', () => {
	let grammar: textmate.IGrammar;

	before(async () => {
		grammar = await loadArticleGrammar();
	});

	it('marks the dateline and the headline after it', () => {
		const lines = tokenize(grammar, ' date 2022-01-28 Lavrov: talks in Geneva\n\nThe minister spoke.');
		assert.equal(scopeOf(lines, 'date'), 'keyword.other.dateline.article');
		assert.equal(scopeOf(lines, '2022-01-28'), 'constant.numeric.date.dateline.article');
		assert.equal(scopeOf(lines, 'Lavrov: talks in Geneva'), 'markup.heading.headline.article');
		assert.equal(scopeOf(lines, 'The minister spoke.'), 'meta.paragraph.article');
	});

	it('takes the first line for the headline when there is no dateline', () => {
		const lines = tokenize(grammar, 'Lavrov threatens revenge\n\nBody text.');
		assert.equal(scopeOf(lines, 'Lavrov threatens revenge'), 'markup.heading.headline.article');
	});

	it('marks quotations of every style, a quotation open to its paragraph end, and nested quotes', () => {
		const text = [
			'Headline',
			'',
			'He said “curly” and «guillemets» and „low“ and "straight" too.',
			'',
			'An open “quote runs on',
			'to the end of the paragraph.',
			'',
			'After it, “outer ‘inner’ outer” and don’t.',
		].join('\n');
		const lines = tokenize(grammar, text);
		for (const quoted of ['curly', 'guillemets', 'low', 'straight', 'quote runs on', 'to the end of the paragraph.']) {
			assert.match(scopeOf(lines, quoted) ?? '', /^string\.quoted\.double\./, quoted);
		}
		assert.equal(scopeOf(lines, 'After it, '), 'meta.paragraph.article', 'the open quotation ends with its paragraph');
		assert.equal(scopeOf(lines, 'inner'), 'string.quoted.single.nested.article');
		assert.equal(scopeOf(lines, ' and don’t.'), 'meta.paragraph.article', 'an apostrophe opens no quotation');
	});
});
