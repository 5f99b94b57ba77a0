import * as assert from 'node:assert/strict';
import { marked } from 'marked';
import * as vscode from 'vscode';
import { REGISTRY_PATH } from '../../src/registry/registrySchema';
import { closeUntitledArticles, hoverMarkdownOf, openUntitledArticle } from './editorHelpers';
import { getApi, positionOf, waitFor, workspaceFolder } from './helpers';

const QUIT_LINK = '[x](command:workbench.action.quit)';

/** True when the hover Markdown renders a link to a command other than ours. */
function rendersForeignCommandLink(markdown: string): boolean {
	const html = marked.parse(markdown, { async: false, gfm: true });
	return [...html.matchAll(/<a\s+href="([^"]*)"/g)].some(([, href]) => !href.startsWith('command:articleAnnotator.'));
}

async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
	return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
}

describe('hovers render article text as text', () => {
	after(closeUntitledArticles);

	it('escapes a quote that holds a command link, and trusts only our commands', async () => {
		const document = await openUntitledArticle(
			`date 2022-01-28\n\nRussian Foreign Minister Sergei Lavrov said: “Press ${QUIT_LINK} to <b>stop</b> **now**.” Lavrov left.\n`,
		);
		const api = await getApi();
		await waitFor(async () => ((await api.getAnalysis(document.uri)).quotes.length > 0 ? true : undefined), 5000, 'the quote found');
		for (const target of ['Lavrov left', 'Press']) {
			const hovers = await hoverAt(document, positionOf(document, target));
			assert.ok(hovers.length > 0, `no hover on "${target}"`);
			const markdown = hoverMarkdownOf(hovers);
			assert.ok(!rendersForeignCommandLink(markdown), `a live foreign link in: ${markdown}`);
			assert.doesNotMatch(marked.parse(markdown, { async: false }), /<b>/);
			for (const hover of hovers) {
				for (const content of hover.contents) {
					if (content instanceof vscode.MarkdownString && content.isTrusted) {
						assert.notEqual(content.isTrusted, true, 'a hover trusts every command');
						const enabled = typeof content.isTrusted === 'object' ? content.isTrusted.enabledCommands : [];
						assert.ok(enabled.every((command) => command.startsWith('articleAnnotator.')), enabled.join(', '));
					}
				}
			}
		}
	});

	it('escapes a crafted actor name from the registry', async () => {
		const registryUri = vscode.Uri.joinPath(workspaceFolder().uri, REGISTRY_PATH);
		const crafted = `Sergei ${QUIT_LINK} Lavrov`;
		const registry = { version: 1, actors: [{ name: crafted, aliases: ['Sergei Lavrov', 'Lavrov'], kind: 'person' }] };
		await vscode.workspace.fs.writeFile(registryUri, new TextEncoder().encode(JSON.stringify(registry, null, 2)));
		try {
			const document = await openUntitledArticle('date 2022-01-28\n\nSergei Lavrov met the press. Lavrov said nothing new.\n');
			const api = await getApi();
			await waitFor(
				async () => ((await api.getAnalysis(document.uri)).actors.some((actor) => actor.name === crafted) ? true : undefined),
				20000,
				'the registry name in the analysis (the file watcher can be slow)',
			);
			const markdown = hoverMarkdownOf(await hoverAt(document, positionOf(document, 'Lavrov said')));
			assert.ok(markdown.includes('Sergei'), markdown);
			assert.ok(!rendersForeignCommandLink(markdown), `a live foreign link in: ${markdown}`);
		} finally {
			await vscode.workspace.fs.delete(registryUri);
		}
	});
});
