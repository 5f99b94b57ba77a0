import * as vscode from 'vscode';
import { workspaceFolder } from './helpers';

/** The text of hovers as their Markdown source, joined. */
export function hoverMarkdownOf(hovers: readonly vscode.Hover[]): string {
	return hovers
		.flatMap((hover) => hover.contents)
		.map((content) => (typeof content === 'string' ? content : content.value))
		.join('\n\n');
}

/** Opens an unsaved article with that text in an editor; `closeUntitledArticles` closes it again. */
export async function openUntitledArticle(content: string): Promise<vscode.TextDocument> {
	const document = await vscode.workspace.openTextDocument({ language: 'article', content });
	await vscode.window.showTextDocument(document);
	return document;
}

/** Closes, unsaved, every untitled editor, so later suites start from saved files only. */
export async function closeUntitledArticles(): Promise<void> {
	const untitled = vscode.window.tabGroups.all
		.flatMap((group) => group.tabs)
		.filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === 'untitled');
	for (const tab of untitled) {
		await vscode.window.showTextDocument((tab.input as vscode.TabInputText).uri);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	}
}

/** Every symbol of an outline, children included, depth first. */
export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
	return symbols.flatMap((symbol) => [symbol, ...flattenSymbols(symbol.children)]);
}

/** Writes a file into the workspace copy and returns its URI. */
export async function writeWorkspaceFile(fileName: string, content: string): Promise<vscode.Uri> {
	const uri = vscode.Uri.joinPath(workspaceFolder().uri, fileName);
	await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
	return uri;
}

/** Writes an article file into the workspace copy (so the sidecar can hold what the analyst sets) and opens it. */
export async function openWorkspaceArticle(fileName: string, content: string): Promise<vscode.TextDocument> {
	const document = await vscode.workspace.openTextDocument(await writeWorkspaceFile(fileName, content));
	await vscode.window.showTextDocument(document);
	return document;
}
