import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { flattenSymbols, hoverMarkdownOf } from './editorHelpers';
import { REGISTRY_PATH } from '../../src/registry/registrySchema';
import { getApi, openSample, positionOf, waitFor, workspaceFolder } from './helpers';

/** Highlights, hovers and navigation on the sample articles, through VS Code's own commands. */
describe('editor features on a sample article', () => {
	let document: vscode.TextDocument;

	before(async () => {
		({ document } = await openSample('000'));
	});

	it('highlights people, organisations, places, quotes and dates', async () => {
		const api = await getApi();
		const applied = await waitFor(() => api.getDecorations(document.uri), 10000, 'highlights of the sample');
		assert.equal(applied.version, document.version);
		for (const category of ['person', 'place', 'quote', 'date'] as const) {
			assert.ok(applied.spans[category].length > 0, `no ${category} highlighted`);
		}
		const lavrov = document.getText().indexOf('Lavrov');
		assert.ok(applied.spans.person.some((span) => span.start <= lavrov && lavrov < span.end), '"Lavrov" is not highlighted as a person');
	});

	it('names Sergei Lavrov and his role in the hover on "Lavrov"', async () => {
		const { document: article } = await openSample('002');
		const position = positionOf(article, 'Sergei Lavrov').translate(0, 'Sergei '.length);
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article.uri, position);
		const markdown = hoverMarkdownOf(hovers);
		assert.match(markdown, /Sergei Lavrov/, markdown);
		assert.match(markdown, /Foreign Minister/, markdown);
		assert.match(markdown, /in this article/, markdown);
	});

	it('finds every mention of Blinken, here and in the other samples', async () => {
		const { document } = await openSample('003');
		const position = positionOf(document, 'Blinken');
		const locations = await vscode.commands.executeCommand<vscode.Location[]>(
			'vscode.executeReferenceProvider',
			document.uri,
			position,
		);
		const here = locations.filter((location) => location.uri.toString() === document.uri.toString());
		const expected = [...document.getText().matchAll(/Blinken/g)].map((match) => match.index);
		const found = here.map((location) => document.offsetAt(location.range.end) - 'Blinken'.length);
		for (const offset of expected) assert.ok(found.includes(offset), `the mention at ${offset} is missing`);
		const files = new Set(locations.map((location) => location.uri.toString()));
		assert.ok(files.size > 1, `references in ${files.size} file(s) only; the other samples mention Blinken too`);
	});

	it('highlights the other mentions of the actor under the cursor', async () => {
		const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
			'vscode.executeDocumentHighlights',
			document.uri,
			positionOf(document, 'Lavrov'),
		);
		assert.ok(highlights.length >= [...document.getText().matchAll(/Lavrov/g)].length);
	});

	it('lists the article actors, quotes and dates in the outline', async () => {
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
			'vscode.executeDocumentSymbolProvider',
			document.uri,
		);
		const names = flattenSymbols(symbols).map((symbol) => symbol.name);
		for (const actor of ['Lavrov', 'Antony Blinken', 'Joe Biden', 'Ukraine', 'TASS']) {
			assert.ok(names.some((name) => name.includes(actor)), `${actor} is not in the outline: ${names.join(', ')}`);
		}
		assert.deepEqual(new Set(symbols.map((symbol) => symbol.name)), new Set(['Actors', 'Quotes', 'Dates']));
		const actors = symbols.find((symbol) => symbol.name === 'Actors');
		assert.deepEqual(new Set(actors?.children.map((kind) => kind.name)), new Set(['People', 'Organisations', 'Places']));
	});

	it('re-highlights after an edit, with the highlights of the new version', async () => {
		const api = await getApi();
		const editor = await vscode.window.showTextDocument(document);
		await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'Antony Blinken spoke. '));
		const applied = await waitFor(
			() => {
				const current = api.getDecorations(document.uri);
				return current?.version === document.version ? current : undefined;
			},
			5000,
			'highlights of the edited version',
		);
		const inserted = document.offsetAt(new vscode.Position(2, 0));
		assert.ok(applied.spans.person.some((span) => span.start === inserted), 'the inserted name is not highlighted');
		await vscode.commands.executeCommand('undo');
	});

	it('gives a date its value, the reference date and how it was resolved in its hover', async () => {
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
			'vscode.executeHoverProvider',
			document.uri,
			positionOf(document, 'mid-February').translate(0, 4),
		);
		const markdown = hoverMarkdownOf(hovers);
		assert.match(markdown, /2022\\-02/, markdown);
		assert.match(markdown, /2022\\-01\\-28/, 'the reference date');
		assert.match(markdown, /dateline/, 'where the reference date comes from');
	});

	it('shows quote speakers and resolved relative dates as inlay hints', async () => {
		const end = document.lineAt(document.lineCount - 1).range.end;
		const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
			'vscode.executeInlayHintProvider',
			document.uri,
			new vscode.Range(new vscode.Position(0, 0), end),
		);
		const labels = hints.map((hint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')));
		assert.ok(labels.some((label) => /^— .*Lavrov/.test(label)), labels.join(' | '));
		assert.ok(labels.some((label) => /^= 2022-/.test(label)), labels.join(' | '));
	});

	it('goes from a mention to the actor’s entry in the registry', async () => {
		const registryUri = vscode.Uri.joinPath(workspaceFolder().uri, REGISTRY_PATH);
		const registry = { version: 1, actors: [{ name: 'Joe Biden', kind: 'person', role: 'President of the United States' }] };
		await vscode.workspace.fs.writeFile(registryUri, new TextEncoder().encode(JSON.stringify(registry, null, 2)));
		try {
			const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
				'vscode.executeDefinitionProvider',
				document.uri,
				positionOf(document, 'Biden'),
			);
			const [target] = locations.map((location) => ('targetUri' in location ? location.targetUri : location.uri));
			assert.equal(target?.toString(), registryUri.toString());
			const range = locations.map((location) => ('targetRange' in location ? location.targetRange : location.range))[0];
			const registryDocument = await vscode.workspace.openTextDocument(registryUri);
			assert.match(registryDocument.lineAt(range.start.line).text, /"name": "Joe Biden"/);
		} finally {
			await vscode.workspace.fs.delete(registryUri);
		}
	});
});
