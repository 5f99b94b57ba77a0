import * as vscode from 'vscode';
import type { SpeakerCorrection } from './speakerCorrections';

/**
 * What the analyst set for one article that the text does not say: its reference date and the
 * speakers of quotes. The claims sidecar (`<article>.annotations.json`) is the intended store; this
 * interface lets it replace the workspace-state store below without touching the features.
 */
export interface ArticleOverrides {
	/** Fires with the article's URI after one of its overrides changed. */
	readonly onDidChange: vscode.Event<vscode.Uri>;
	/** The reference date (`YYYY-MM-DD`) the analyst set for the article, if any. */
	referenceDate(uri: vscode.Uri): string | undefined;
	setReferenceDate(uri: vscode.Uri, day: string): Promise<void>;
	/** The analyst's corrections of quote speakers in the article. */
	speakerCorrections(uri: vscode.Uri): readonly SpeakerCorrection[];
	/** Records (or replaces) the speaker of the quote with that text at about that offset. */
	setQuoteSpeaker(uri: vscode.Uri, correction: SpeakerCorrection): Promise<void>;
}

interface StoredOverrides {
	referenceDate?: string;
	speakerCorrections?: SpeakerCorrection[];
}

const STATE_KEY_PREFIX = 'articleAnnotator.overrides:';

/** Keeps overrides in the workspace state, until the claims sidecar store takes over. */
export class WorkspaceStateArticleOverrides implements ArticleOverrides, vscode.Disposable {
	readonly #state: vscode.Memento;
	readonly #onDidChange = new vscode.EventEmitter<vscode.Uri>();
	readonly onDidChange = this.#onDidChange.event;

	constructor(state: vscode.Memento) {
		this.#state = state;
	}

	referenceDate(uri: vscode.Uri): string | undefined {
		return this.#read(uri).referenceDate;
	}

	async setReferenceDate(uri: vscode.Uri, day: string): Promise<void> {
		await this.#write(uri, { ...this.#read(uri), referenceDate: day });
	}

	speakerCorrections(uri: vscode.Uri): readonly SpeakerCorrection[] {
		return this.#read(uri).speakerCorrections ?? [];
	}

	async setQuoteSpeaker(uri: vscode.Uri, correction: SpeakerCorrection): Promise<void> {
		const others = this.speakerCorrections(uri).filter((existing) => existing.exact !== correction.exact);
		await this.#write(uri, { ...this.#read(uri), speakerCorrections: [...others, correction] });
	}

	#read(uri: vscode.Uri): StoredOverrides {
		return this.#state.get<StoredOverrides>(STATE_KEY_PREFIX + uri.toString(), {});
	}

	async #write(uri: vscode.Uri, overrides: StoredOverrides): Promise<void> {
		await this.#state.update(STATE_KEY_PREFIX + uri.toString(), overrides);
		this.#onDidChange.fire(uri);
	}

	dispose(): void {
		this.#onDidChange.dispose();
	}
}
