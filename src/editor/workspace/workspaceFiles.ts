import { readFileSync, statSync } from 'node:fs';
import * as vscode from 'vscode';

/*
 * Local files are read with Node's fs, others through `workspace.fs`. Each `workspace.fs` call round-trips
 * through the workbench (about 10 ms in code-server), and each step of Node's asynchronous readFile (open,
 * stat, read, close) through the thread pool and back; a synchronous read of an article takes tens of
 * microseconds, which made reading a workspace of articles cost less than their analysis.
 */

/** The file's text, decoded as UTF-8 without its byte-order mark. */
export async function readWorkspaceText(uri: vscode.Uri): Promise<string> {
	return new TextDecoder().decode(uri.scheme === 'file' ? readFileSync(uri.fsPath) : await vscode.workspace.fs.readFile(uri));
}

/** The file's type and size in bytes. */
export async function statWorkspaceFile(uri: vscode.Uri): Promise<{ type: vscode.FileType; size: number }> {
	if (uri.scheme !== 'file') return vscode.workspace.fs.stat(uri);
	const stats = statSync(uri.fsPath);
	return { type: stats.isFile() ? vscode.FileType.File : stats.isDirectory() ? vscode.FileType.Directory : vscode.FileType.Unknown, size: stats.size };
}
