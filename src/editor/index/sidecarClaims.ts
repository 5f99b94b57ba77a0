import * as vscode from 'vscode';
import { sidecarSchema, type Claim } from '../../annotations/sidecarSchema';
import { parseJsonFile } from '../../shared/validation';
import { readWorkspaceText } from '../workspace/workspaceFiles';

/**
 * The claims a sidecar file holds; none when there is no such file or it is invalid (the claims feature
 * reports invalid sidecars; the index only reads them, and never keeps every sidecar loaded).
 */
export async function readSidecarClaims(sidecarUri: vscode.Uri): Promise<Claim[]> {
	let text: string;
	try {
		text = await readWorkspaceText(sidecarUri);
	} catch {
		return [];
	}
	try {
		return parseJsonFile(sidecarUri.path, text, sidecarSchema).claims;
	} catch {
		return [];
	}
}
