import * as vscode from 'vscode';
import { LineIndex } from '../../shared/lineIndex';
import type { WorkspaceMention } from './workspaceActorStats';
import { readWorkspaceText } from './workspaceFiles';

/** Offsets become positions through the open document, or through the file's line starts when it is closed. */
async function positionsOf(uri: vscode.Uri): Promise<((offset: number) => vscode.Position) | undefined> {
	const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
	if (open) return (offset) => open.positionAt(offset);
	let text: string;
	try {
		text = await readWorkspaceText(uri);
	} catch {
		return undefined;
	}
	const lines = new LineIndex(text);
	return (offset) => new vscode.Position(lines.lineOf(offset) - 1, lines.columnOf(offset));
}

/** The mentions as locations, file by file; mentions of files that can no longer be read are left out. */
export async function mentionLocations(mentions: readonly WorkspaceMention[]): Promise<vscode.Location[]> {
	const byFile = new Map<string, WorkspaceMention[]>();
	for (const mention of mentions) {
		const key = mention.uri.toString();
		byFile.set(key, [...(byFile.get(key) ?? []), mention]);
	}
	const locations: vscode.Location[] = [];
	for (const fileMentions of byFile.values()) {
		const positionAt = await positionsOf(fileMentions[0].uri);
		if (!positionAt) continue;
		for (const { uri, start, end } of fileMentions) {
			locations.push(new vscode.Location(uri, new vscode.Range(positionAt(start), positionAt(end))));
		}
	}
	return locations;
}
