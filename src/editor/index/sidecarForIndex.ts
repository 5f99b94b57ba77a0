import * as vscode from 'vscode';
import { sidecarSchema, type Claim } from '../../annotations/sidecarSchema';
import { parseJsonFile } from '../../shared/validation';
import type { BackgroundOverrides } from '../analysis/documentAnalyses';
import { activeSpeakerCorrections } from '../analysis/speakerCorrections';
import { readWorkspaceText } from '../workspace/workspaceFiles';

/** What the index takes from an article's sidecar file: its claims and what the analyst set for the analysis. */
export interface SidecarForIndex {
	claims: Claim[];
	overrides: BackgroundOverrides;
}

const NONE: SidecarForIndex = { claims: [], overrides: { speakerCorrections: [] } };

/**
 * Reads a sidecar file for the index; nothing when there is no such file or it is invalid (the claims
 * feature reports invalid sidecars). The file is only read: loading every article's sidecar into the claims
 * service would keep them all in memory and read each article again.
 */
export async function readSidecarForIndex(sidecarUri: vscode.Uri): Promise<SidecarForIndex> {
	let text: string;
	try {
		text = await readWorkspaceText(sidecarUri);
	} catch {
		return NONE;
	}
	try {
		const sidecar = parseJsonFile(sidecarUri.path, text, sidecarSchema);
		return { claims: sidecar.claims, overrides: { referenceDate: sidecar.referenceDate, speakerCorrections: activeSpeakerCorrections(sidecar.speakerCorrections) } };
	} catch {
		return NONE;
	}
}
