import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';

/** Arguments of the reveal command: a span of an article (UTF-16 offsets). */
export interface RevealArgs {
	readonly uri: string;
	readonly start: number;
	readonly end: number;
}

/** Registers the command that shows a span of an article, selected, in an editor (hover links use it). */
export function registerRevealInArticle(): vscode.Disposable {
	return vscode.commands.registerCommand(CommandIds.revealInArticle, async (args: RevealArgs) => {
		const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
		const selection = new vscode.Selection(document.positionAt(args.start), document.positionAt(args.end));
		await vscode.window.showTextDocument(document, { selection });
	});
}
