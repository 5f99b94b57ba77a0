import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { Services } from '../services';

/** Registers the command that turns analysis on or off for a file (the active editor's by default), remembered. */
export function registerToggleAnalysis(services: Services): vscode.Disposable {
	return vscode.commands.registerCommand(CommandIds.toggleAnalysis, async (uri?: vscode.Uri) => {
		const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
		if (!document) return undefined;
		await services.articles.toggle(document);
		return services.articles.isArticle(document);
	});
}
