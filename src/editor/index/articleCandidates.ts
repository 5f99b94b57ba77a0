import * as vscode from 'vscode';
import { SETTINGS_SECTION, SettingKeys } from '../settingKeys';

/** Files that may be articles (the article rule decides on their text); folders never searched. */
const CANDIDATE_FILES = '**/*.{txt,md,markdown,article}';
const EXCLUDED_FOLDERS = '**/{node_modules,.git,out,dist,.vscode-test}/**';

/** A glob of candidate articles; `fromSetting` when the `articleGlobs` setting names it (its files are articles). */
export interface CandidatePattern {
	readonly pattern: string;
	readonly fromSetting: boolean;
}

/** The usual text extensions and the patterns of the `articleGlobs` setting. */
export function candidatePatterns(): CandidatePattern[] {
	const globs = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string[]>(SettingKeys.articleGlobs, []);
	return [{ pattern: CANDIDATE_FILES, fromSetting: false }, ...globs.map((pattern) => ({ pattern, fromSetting: true }))];
}

/** Every candidate article of the workspace in URI order, with whether a glob setting names it. */
export async function findCandidateArticles(token?: vscode.CancellationToken): Promise<Array<{ uri: vscode.Uri; matchesGlob: boolean }>> {
	const byKey = new Map<string, { uri: vscode.Uri; matchesGlob: boolean }>();
	for (const { pattern, fromSetting } of candidatePatterns()) {
		for (const uri of await vscode.workspace.findFiles(pattern, EXCLUDED_FOLDERS, undefined, token)) {
			const key = uri.toString();
			byKey.set(key, { uri, matchesGlob: fromSetting || byKey.get(key)?.matchesGlob === true });
		}
	}
	return [...byKey.keys()].sort().map((key) => byKey.get(key) as { uri: vscode.Uri; matchesGlob: boolean });
}

/** The largest file indexed, in bytes (the live-analysis size limit). */
export function maxIndexedBytes(): number {
	return Math.max(0, vscode.workspace.getConfiguration(SETTINGS_SECTION).get<number>(SettingKeys.maxArticleSizeMB, 2)) * 1024 * 1024;
}
