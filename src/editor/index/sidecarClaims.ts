import * as vscode from 'vscode';
import { sidecarPathFor } from '../../annotations/sidecarPaths';
import { sidecarSchema, type Claim } from '../../annotations/sidecarSchema';
import { parseJsonFile } from '../../shared/validation';

/**
 * The claims of an article as its sidecar on disk holds them; none when it has no sidecar or the sidecar
 * is invalid (the claims feature reports invalid sidecars, the index only reads them).
 */
export async function readSidecarClaims(articleUri: vscode.Uri): Promise<Claim[]> {
	const sidecarUri = articleUri.with({ path: sidecarPathFor(articleUri.path) });
	let text: string;
	try {
		text = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarUri));
	} catch {
		return [];
	}
	try {
		return parseJsonFile(sidecarUri.path, text, sidecarSchema).claims;
	} catch {
		return [];
	}
}
