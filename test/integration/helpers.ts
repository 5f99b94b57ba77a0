import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/editor/api';

/** The extension's id: `publisher.name` from package.json. */
export const EXTENSION_ID = 'article-annotator.article-annotator';

/**
 * A file of this repository (package.json, LICENSE, src/…), read from the checkout rather than the
 * extension's folder: under `npm run test:integration:vsix` the extension is the installed .vsix,
 * which holds only what ships (and vsce renames LICENSE to LICENSE.txt).
 */
export function repositoryFile(relativePath: string): vscode.Uri {
	return vscode.Uri.file(path.resolve(__dirname, '..', '..', '..', relativePath));
}

/** The workspace folder the suite runs in: a fresh copy of `samples/` (tests may write sidecars there). */
export function workspaceFolder(): vscode.WorkspaceFolder {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'the integration suite needs a workspace folder (a copy of samples/)');
	return folder;
}

/** The URI of a file of the workspace copy of `samples/`, by file name or name prefix (`000` finds `000_….txt`). */
export async function sampleUri(name: string): Promise<vscode.Uri> {
	const folder = workspaceFolder();
	const entries = await vscode.workspace.fs.readDirectory(folder.uri);
	const match =
		entries.find(([fileName]) => fileName === name) ?? entries.find(([fileName]) => fileName.startsWith(name));
	assert.ok(match, `no sample named ${name} in ${folder.uri.fsPath}`);
	return vscode.Uri.joinPath(folder.uri, match[0]);
}

/** Opens a sample article in an editor (as a user would) and returns its document and editor. */
export async function openSample(name: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
	const document = await vscode.workspace.openTextDocument(await sampleUri(name));
	const editor = await vscode.window.showTextDocument(document);
	return { document, editor };
}

/** Activates the extension (if not yet) and returns the API its `activate()` exported. */
export async function getApi(): Promise<ArticleAnnotatorApi> {
	const extension = vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID);
	assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
	return extension.activate();
}

/** The position of the start of the `occurrence`-th (0-based) occurrence of `text` in the document. */
export function positionOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
	const content = document.getText();
	let offset = -1;
	for (let seen = 0; seen <= occurrence; seen++) {
		offset = content.indexOf(text, offset + 1);
		assert.ok(offset >= 0, `"${text}" occurs fewer than ${occurrence + 1} times in ${document.uri.fsPath}`);
	}
	return document.positionAt(offset);
}

/** Polls `probe` until it returns a value other than undefined (e.g. decorations after a debounce). */
export async function waitFor<T>(
	probe: () => T | undefined | Promise<T | undefined>,
	timeoutMs = 5000,
	description = 'condition',
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() >= deadline) assert.fail(`${description} not met within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}
