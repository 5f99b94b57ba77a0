import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';

/** The walkthrough's id as `contributes.walkthroughs` declares it, prefixed by the extension id. */
export const WALKTHROUGH_ID = 'article-annotator.article-annotator#articleAnnotator.gettingStarted';

/** Registers the command that opens the "Get started" walkthrough. */
export function registerShowGettingStarted(): vscode.Disposable {
	return vscode.commands.registerCommand(CommandIds.showGettingStarted, () =>
		vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false),
	);
}
