import type * as vscode from 'vscode';

/** One mention of an actor in an article of the workspace: UTF-16 offsets into that article. */
export interface WorkspaceMention {
	readonly uri: vscode.Uri;
	readonly start: number;
	readonly end: number;
}

/** Cross-article facts about actors for hovers and Find All References; the workspace index implements it. */
export interface WorkspaceActorStats {
	/**
	 * Every mention of the actor with that canonical name in the workspace's articles, except the
	 * article `except` (the caller knows its own). Resolves early with what it has when cancelled.
	 */
	mentionsOf(name: string, except: vscode.Uri, token: vscode.CancellationToken): Promise<readonly WorkspaceMention[]>;
}
