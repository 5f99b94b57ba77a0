import * as vscode from 'vscode';
import { SETTINGS_SECTION, SettingKeys } from './settingKeys';

/** A typed snapshot of the settings the editor features read. */
export interface EditorSettings {
	readonly articleGlobs: readonly string[];
	readonly detectArticles: boolean;
	readonly analysisDelayMs: number;
	readonly maxArticleSizeBytes: number;
	readonly quoteSpeakerHints: boolean;
	readonly dateValueHints: boolean;
	readonly diagnosticsEnabled: boolean;
}

function readEditorSettings(): EditorSettings {
	const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
	return {
		articleGlobs: config.get<string[]>(SettingKeys.articleGlobs, ['**/*.article']),
		detectArticles: config.get<boolean>(SettingKeys.detectArticles, true),
		analysisDelayMs: Math.max(0, config.get<number>(SettingKeys.analysisDelay, 150)),
		maxArticleSizeBytes: Math.max(0, config.get<number>(SettingKeys.maxArticleSizeMB, 2)) * 1024 * 1024,
		quoteSpeakerHints: config.get<boolean>(SettingKeys.quoteSpeakerHints, true),
		dateValueHints: config.get<boolean>(SettingKeys.dateValueHints, true),
		diagnosticsEnabled: config.get<boolean>(SettingKeys.diagnosticsEnabled, true),
	};
}

/** Holds the current settings snapshot, rebuilt only when one of our settings changes. */
export class EditorSettingsWatcher implements vscode.Disposable {
	#current = readEditorSettings();
	readonly #onDidChange = new vscode.EventEmitter<EditorSettings>();
	/** Fires with the new snapshot after one of our settings changed. */
	readonly onDidChange = this.#onDidChange.event;
	readonly #subscription = vscode.workspace.onDidChangeConfiguration((event) => {
		if (!event.affectsConfiguration(SETTINGS_SECTION)) return;
		this.#current = readEditorSettings();
		this.#onDidChange.fire(this.#current);
	});

	get current(): EditorSettings {
		return this.#current;
	}

	dispose(): void {
		this.#subscription.dispose();
		this.#onDidChange.dispose();
	}
}
