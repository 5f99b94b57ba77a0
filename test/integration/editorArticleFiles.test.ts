import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/editor/commandIds';
import { SETTINGS_SECTION, SettingKeys } from '../../src/editor/settingKeys';
import { openWorkspaceArticle, writeWorkspaceFile } from './editorHelpers';
import { getApi, openSample, repositoryFile, sampleUri, waitFor } from './helpers';

/** Sets one of our settings for the workspace for the duration of `run`. */
async function withSetting(key: string, value: unknown, run: () => Promise<void>): Promise<void> {
	const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
	await config.update(key, value, vscode.ConfigurationTarget.Workspace);
	try {
		await run();
	} finally {
		await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
	}
}

const MIT_LICENSE = [
	'MIT License',
	'',
	'Copyright (c) 2026 Someone',
	'',
	'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated',
	'documentation files (the "Software"), to deal in the Software without restriction, including without limitation',
	'the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software.',
	'',
	'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO',
	'THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.',
].join('\n');

describe('which files are articles', () => {
	it('analyses every sample with no configuration', async () => {
		const api = await getApi();
		for (const name of ['000', '001', '002', '003', '004']) {
			assert.equal(await api.isArticle(await sampleUri(name)), true, `sample ${name}`);
		}
	});

	it('never decorates package.json, LICENSE, the changelog, requirements.txt or source code', async () => {
		const api = await getApi();
		const manifest = new TextDecoder().decode(await vscode.workspace.fs.readFile(repositoryFile('package.json')));
		const projectFiles: Array<[string, string]> = [
			['package.json', manifest],
			['README.md', `# Article tools\n\nThe tools read news articles and say who said what. They were written for analysts who read closely.\n\n${MIT_LICENSE}`],
			['CHANGELOG.md', '# Changelog\n\n## [Unreleased]\n\n### Added\n- Exports. The tool now writes CSV files that spreadsheet programs open.\n'],
			['LICENSE', MIT_LICENSE],
			['requirements.txt', 'numpy==1.26.4\nrequests>=2.31\nflask\n'],
			['fetch_articles.py', 'import requests\n\n\ndef fetch(url):\n    return requests.get(url).text\n'],
		];
		for (const [fileName, content] of projectFiles) {
			const uri = await writeWorkspaceFile(`project/${fileName}`, content);
			assert.equal(await api.isArticle(uri), false, fileName);
			await vscode.window.showTextDocument(uri);
			await new Promise((resolve) => setTimeout(resolve, 300));
			assert.equal(api.getDecorations(uri), undefined, `${fileName} is decorated`);
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

	it('analyses a file the glob setting names, even one that does not read like an article', async () => {
		const api = await getApi();
		const document = await openWorkspaceArticle('short-note.txt', 'Lavrov spoke.\n');
		assert.equal(await api.isArticle(document.uri), false);
		await withSetting(SettingKeys.articleGlobs, ['**/short-note.txt'], async () => {
			await waitFor(async () => ((await api.isArticle(document.uri)) ? true : undefined), 5000, 'the glob setting applied');
			await waitFor(() => api.getDecorations(document.uri), 5000, 'highlights of the named file');
		});
	});

	it('shows an article over the size limit without analysis, and analyses it again under a higher limit', async () => {
		const api = await getApi();
		const { document } = await openSample('002');
		await waitFor(() => api.getDecorations(document.uri), 5000, 'highlights of the sample');
		await withSetting(SettingKeys.maxArticleSizeMB, 0.001, async () => {
			await waitFor(() => (api.getDecorations(document.uri) ? undefined : true), 5000, 'highlights cleared over the limit');
			assert.equal(await api.isArticle(document.uri), false);
			const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
				'vscode.executeHoverProvider',
				document.uri,
				document.positionAt(document.getText().indexOf('Lavrov') + 1),
			);
			assert.ok(hovers.every((hover) => !hover.contents.some((content) => typeof content !== 'string' && content.value.includes('in this article'))));
		});
		await waitFor(() => api.getDecorations(document.uri), 5000, 'highlights back under the default limit');
	});
});
