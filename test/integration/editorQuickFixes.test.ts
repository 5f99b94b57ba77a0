import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/editor/commandIds';
import { openWorkspaceArticle } from './editorHelpers';
import { getApi, waitFor } from './helpers';

async function diagnosticsWithCode(document: vscode.TextDocument, code: string): Promise<vscode.Diagnostic[]> {
	return waitFor(
		() => {
			const found = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.code === code);
			return found.length > 0 ? found : undefined;
		},
		5000,
		`a ${code} diagnostic`,
	);
}

async function codeActionTitles(document: vscode.TextDocument, range: vscode.Range): Promise<string[]> {
	const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
	return actions.map((action) => action.title);
}

describe('diagnostics and quick fixes', () => {
	it('offers to attribute a quote with no speaker, nearest actors first', async () => {
		const document = await openWorkspaceArticle(
			'unattributed-quote.article',
			'date 2022-01-28\n\nProtesters outside the embassy chanted “no more war” for an hour.\n\nLater, Sergei Lavrov met Antony Blinken in Geneva.\n',
		);
		const [diagnostic] = await diagnosticsWithCode(document, 'quote-without-speaker');
		assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
		const titles = await codeActionTitles(document, diagnostic.range);
		assert.ok(titles.includes('Attribute this quote to…'), titles.join(' | '));
		assert.ok(titles.some((title) => title === 'Attribute this quote to Sergei Lavrov'), titles.join(' | '));

		await vscode.commands.executeCommand(CommandIds.attributeQuote, {
			uri: document.uri.toString(),
			start: document.offsetAt(diagnostic.range.start),
			end: document.offsetAt(diagnostic.range.end),
			speaker: 'Sergei Lavrov',
		});
		const api = await getApi();
		const analysis = await api.getAnalysis(document.uri);
		const lavrov = analysis.actors.find((actor) => actor.name === 'Sergei Lavrov');
		assert.ok(lavrov && analysis.quotes.some((quote) => quote.speaker === lavrov.id), 'the quote is not attributed');
	});

	it('offers to set the date of an article whose relative dates cannot be resolved, and resolves them once set', async () => {
		const document = await openWorkspaceArticle(
			'undated.article',
			'Talks resume in Geneva\n\nThe ministers met on Sunday and will meet again next week, officials said on Monday.\n\nNo date was given for a summit. Diplomats said the talks were difficult.\n',
		);
		const [diagnostic] = await diagnosticsWithCode(document, 'relative-date-without-reference');
		const titles = await codeActionTitles(document, diagnostic.range);
		assert.ok(titles.includes("Set the article's date…"), titles.join(' | '));

		await vscode.commands.executeCommand(CommandIds.setArticleDate, { uri: document.uri.toString(), day: '2022-01-28' });
		const api = await getApi();
		const analysis = await api.getAnalysis(document.uri);
		assert.equal(analysis.referenceDate, '2022-01-28');
		const sunday = analysis.dates.find((date) => date.text.includes('Sunday'));
		assert.equal(sunday?.value, '2022-01-23');
		await waitFor(
			() =>
				vscode.languages.getDiagnostics(document.uri).some((found) => found.code === 'relative-date-without-reference')
					? undefined
					: true,
			5000,
			'the date diagnostics gone',
		);
	});
});
