import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/editor/commandIds';
import { EXTENSION_ID, getApi, openSample, sampleUri, waitFor } from './helpers';

function extensionFile(name: string): vscode.Uri {
	const extension = vscode.extensions.getExtension(EXTENSION_ID);
	assert.ok(extension);
	return vscode.Uri.joinPath(extension.extensionUri, name);
}

describe('which files are articles', () => {
	it('analyses every sample with no configuration', async () => {
		const api = await getApi();
		for (const name of ['000', '001', '002', '003', '004']) {
			assert.equal(await api.isArticle(await sampleUri(name)), true, `sample ${name}`);
		}
	});

	it('never decorates package.json, LICENSE, the changelog or source code', async () => {
		const api = await getApi();
		for (const name of ['package.json', 'LICENSE', 'CHANGELOG.md', 'README.md', 'esbuild.js']) {
			const uri = extensionFile(name);
			assert.equal(await api.isArticle(uri), false, name);
			await vscode.window.showTextDocument(uri);
			await new Promise((resolve) => setTimeout(resolve, 300));
			assert.equal(api.getDecorations(uri), undefined, `${name} is decorated`);
		}
	});

	it('turns analysis off and on again for one file, remembered', async () => {
		const api = await getApi();
		const { document } = await openSample('004');
		await waitFor(() => api.getDecorations(document.uri), 5000, 'highlights of the sample');
		assert.equal(await vscode.commands.executeCommand(CommandIds.toggleAnalysis), false);
		await waitFor(() => (api.getDecorations(document.uri) ? undefined : true), 5000, 'the highlights cleared');
		assert.equal(await api.isArticle(document.uri), false);
		assert.equal(await vscode.commands.executeCommand(CommandIds.toggleAnalysis), true);
		await waitFor(() => api.getDecorations(document.uri), 5000, 'the highlights back');
	});
});
