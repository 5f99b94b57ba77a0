import * as path from 'node:path';
import * as vscode from 'vscode';
import type { EditorSettingsWatcher } from '../editorSettings';
import { ARTICLE_SAMPLE_LENGTH, looksLikeArticle } from './looksLikeArticle';

/** The language contributed for article files. */
export const ARTICLE_LANGUAGE_ID = 'article';

/** Where articles are read from; not output panels, diffs of git history, settings… */
const ARTICLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

/** Languages whose files may be articles; anything else (source code, JSON…) never is. */
const CANDIDATE_LANGUAGE_IDS = new Set([ARTICLE_LANGUAGE_ID, 'plaintext', 'markdown']);

const CHOICES_KEY = 'articleAnnotator.analysisChoices';

/** The analyst's choice for one file, made with the status-bar item. */
type AnalysisChoice = 'on' | 'off';

/**
 * Decides which documents are articles: the analyst's choice for the file (remembered in workspace
 * state), else the `article` language or the glob setting, else a plain-text or Markdown file that
 * looks like an article.
 */
export class ArticleFiles implements vscode.Disposable {
	readonly #settings: EditorSettingsWatcher;
	readonly #state: vscode.Memento;
	readonly #detected = new Map<string, { version: number; isArticle: boolean }>();
	readonly #onDidChange = new vscode.EventEmitter<void>();
	/** Fires when the answer may have changed for any document (a setting or a choice changed). */
	readonly onDidChange = this.#onDidChange.event;
	readonly #subscriptions: vscode.Disposable[];

	constructor(settings: EditorSettingsWatcher, state: vscode.Memento) {
		this.#settings = settings;
		this.#state = state;
		this.#subscriptions = [
			settings.onDidChange(() => this.#onDidChange.fire()),
			vscode.workspace.onDidCloseTextDocument((document) => this.#detected.delete(document.uri.toString())),
		];
	}

	/** True when the document is analysed as an article, whatever its size. */
	isArticle(document: vscode.TextDocument): boolean {
		const choice = this.#choices()[document.uri.toString()];
		if (choice) return choice === 'on';
		if (!CANDIDATE_LANGUAGE_IDS.has(document.languageId) || !ARTICLE_SCHEMES.has(document.uri.scheme)) return false;
		if (document.languageId === ARTICLE_LANGUAGE_ID || this.#matchesGlobs(document)) return true;
		return this.#settings.current.detectArticles && this.#looksLikeArticle(document);
	}

	/** True when a file that is not open is an article, judged by its text; `matchesGlob` when a glob setting names it. */
	isArticleFile(uri: vscode.Uri, text: string, matchesGlob: boolean): boolean {
		const choice = this.#choices()[uri.toString()];
		if (choice) return choice === 'on';
		if (matchesGlob || uri.path.endsWith('.article')) return true;
		return this.#settings.current.detectArticles && looksLikeArticle(path.basename(uri.path), text);
	}

	/** True when the document is over the size limit for live analysis. */
	isTooLarge(document: vscode.TextDocument): boolean {
		// The UTF-16 length, read without copying the text: a lower bound of the byte size, exact enough for a limit in megabytes.
		return documentLength(document) > this.#settings.current.maxArticleSizeBytes;
	}

	/** True when the editor features (highlights, hovers, navigation…) work on the document. */
	isAnalysed(document: vscode.TextDocument): boolean {
		return this.isArticle(document) && !this.isTooLarge(document);
	}

	/** True when the file may be an article, so the status-bar toggle is offered for it. */
	mayBeArticle(document: vscode.TextDocument): boolean {
		return CANDIDATE_LANGUAGE_IDS.has(document.languageId) || this.#choices()[document.uri.toString()] !== undefined;
	}

	/** Turns analysis of the document on or off, remembered for the workspace. */
	async toggle(document: vscode.TextDocument): Promise<void> {
		const choice: AnalysisChoice = this.isArticle(document) ? 'off' : 'on';
		await this.#state.update(CHOICES_KEY, { ...this.#choices(), [document.uri.toString()]: choice });
		this.#onDidChange.fire();
	}

	#choices(): Readonly<Record<string, AnalysisChoice>> {
		return this.#state.get<Record<string, AnalysisChoice>>(CHOICES_KEY, {});
	}

	#matchesGlobs(document: vscode.TextDocument): boolean {
		return this.#settings.current.articleGlobs.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
	}

	#looksLikeArticle(document: vscode.TextDocument): boolean {
		const key = document.uri.toString();
		const cached = this.#detected.get(key);
		if (cached?.version === document.version) return cached.isArticle;
		const sample = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(ARTICLE_SAMPLE_LENGTH)));
		const isArticle = looksLikeArticle(path.basename(document.uri.path), sample);
		this.#detected.set(key, { version: document.version, isArticle });
		return isArticle;
	}

	dispose(): void {
		for (const subscription of this.#subscriptions) subscription.dispose();
		this.#onDidChange.dispose();
	}
}

/** The document's length in UTF-16 code units, without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
	return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
