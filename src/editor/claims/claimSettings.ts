import * as vscode from 'vscode';
import { DEFAULT_CLAIM_TAGS } from '../../annotations/sidecarSchema';
import type { SidecarPlacement } from '../../annotations/sidecarPaths';
import { SETTINGS_SECTION, SettingKeys } from '../settingKeys';

/** The tags "Tag claim as …" offers: the vocabulary setting, trimmed and without duplicates. */
export function claimTags(): string[] {
	const configured = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string[]>(SettingKeys.claimTags, [...DEFAULT_CLAIM_TAGS]);
	const tags = configured.map((tag) => String(tag).trim()).filter(Boolean);
	return tags.length > 0 ? [...new Set(tags)] : [...DEFAULT_CLAIM_TAGS];
}

/** Where the sidecar of an article goes: beside it, or in the mirror folder of its workspace folder. */
export function sidecarPlacement(articleUri: vscode.Uri): SidecarPlacement {
	const folder = vscode.workspace.getWorkspaceFolder(articleUri);
	const mirrorFolder = vscode.workspace.getConfiguration(SETTINGS_SECTION, articleUri).get<string>(SettingKeys.sidecarFolder, '').trim();
	return folder && mirrorFolder ? { mirrorFolder, workspaceRoot: folder.uri.fsPath } : {};
}
