import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../../analysis';
import type { ArticleFiles } from '../articles/articleFiles';
import type { EditorSettingsWatcher } from '../editorSettings';
import type { DocumentAnalyses } from './documentAnalyses';

/** A document's newest analysis, or `analysis: undefined` when the document is no longer analysed. */
export interface AnalysedDocument {
	readonly document: vscode.TextDocument;
	/** The document version analysed. */
	readonly version: number;
	readonly analysis: ArticleAnalysis | undefined;
	/** Milliseconds the analysis itself took (0 when it came from the cache). */
	readonly analysisMs: number;
}

/**
 * Keeps the analysis of every visible article current: at once when an article is shown, and after a
 * short debounce when it is edited. A very large article is prepared chunk by chunk without blocking
 * the extension host; a newer edit supersedes (cancels) a pending or running analysis.
 */
export class LiveAnalysis implements vscode.Disposable {
	readonly #analyses: DocumentAnalyses;
	readonly #articles: ArticleFiles;
	readonly #settings: EditorSettingsWatcher;
	/** The debounce timer of each edited document; clearing it cancels the superseded analysis. */
	readonly #pending = new Map<string, NodeJS.Timeout>();
	/** The analysis under way for each very large document, cancelled when a newer edit supersedes it. */
	readonly #preparing = new Map<string, vscode.CancellationTokenSource>();
	readonly #latest = new Map<string, AnalysedDocument>();
	readonly #onDidAnalyse = new vscode.EventEmitter<AnalysedDocument>();
	/** Fires after a document was (re-)analysed, or stopped being analysed. */
	readonly onDidAnalyse = this.#onDidAnalyse.event;
	readonly #subscriptions: vscode.Disposable[];

	constructor(analyses: DocumentAnalyses, articles: ArticleFiles, settings: EditorSettingsWatcher) {
		this.#analyses = analyses;
		this.#articles = articles;
		this.#settings = settings;
		this.#subscriptions = [
			vscode.workspace.onDidChangeTextDocument((event) => {
				if (event.contentChanges.length > 0 && this.#isShown(event.document)) this.#schedule(event.document);
			}),
			vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
			vscode.workspace.onDidCloseTextDocument((document) => this.#forget(document)),
			articles.onDidChange(() => this.refreshVisible()),
			analyses.onDidChange((uri) => {
				const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString());
				if (document && this.#isShown(document)) this.#analyseOrClear(document);
			}),
		];
		// After activation returns: the first analysis is not part of the start-up path.
		const initial = setTimeout(() => this.refreshVisible(), 0);
		this.#subscriptions.push({ dispose: () => clearTimeout(initial) });
	}

	/** The newest analysis of the document, if it is analysed and shown. */
	latest(document: vscode.TextDocument): AnalysedDocument | undefined {
		return this.#latest.get(document.uri.toString());
	}

	/** Analyses every visible document whose newest analysis is missing or out of date. */
	refreshVisible(): void {
		for (const document of new Set(vscode.window.visibleTextEditors.map((editor) => editor.document))) {
			const latest = this.#latest.get(document.uri.toString());
			if (!this.#articles.isAnalysed(document)) {
				if (latest) this.#clear(document);
			} else if (latest?.version !== document.version) {
				this.#analyse(document);
			}
		}
	}

	#isShown(document: vscode.TextDocument): boolean {
		return vscode.window.visibleTextEditors.some((editor) => editor.document === document);
	}

	#schedule(document: vscode.TextDocument): void {
		const key = document.uri.toString();
		this.#cancelPending(key);
		const timer = setTimeout(() => {
			this.#pending.delete(key);
			this.#analyseOrClear(document);
		}, this.#settings.current.analysisDelayMs);
		this.#pending.set(key, timer);
	}

	#analyseOrClear(document: vscode.TextDocument): void {
		if (this.#articles.isAnalysed(document)) this.#analyse(document);
		else if (this.#latest.has(document.uri.toString())) this.#clear(document);
	}

	#analyse(document: vscode.TextDocument): void {
		const key = document.uri.toString();
		this.#cancelPending(key);
		const started = performance.now();
		const cancellation = new vscode.CancellationTokenSource();
		this.#preparing.set(key, cancellation);
		void this.#analyses.prepare(document, cancellation.token).then(() => {
			if (this.#preparing.get(key) !== cancellation) return; // Superseded, and cancelled by then.
			this.#preparing.delete(key);
			cancellation.dispose();
			this.#publish(document, started);
		});
	}

	#publish(document: vscode.TextDocument, started: number): void {
		const analysis = this.#analyses.get(document);
		const analysed: AnalysedDocument = { document, version: document.version, analysis, analysisMs: performance.now() - started };
		this.#latest.set(document.uri.toString(), analysed);
		this.#onDidAnalyse.fire(analysed);
	}

	#clear(document: vscode.TextDocument): void {
		const cleared: AnalysedDocument = { document, version: document.version, analysis: undefined, analysisMs: 0 };
		this.#cancelPending(document.uri.toString());
		this.#latest.delete(document.uri.toString());
		this.#onDidAnalyse.fire(cleared);
	}

	#cancelPending(key: string): void {
		clearTimeout(this.#pending.get(key));
		this.#pending.delete(key);
		const preparing = this.#preparing.get(key);
		preparing?.cancel();
		preparing?.dispose();
		this.#preparing.delete(key);
	}

	#forget(document: vscode.TextDocument): void {
		const key = document.uri.toString();
		this.#cancelPending(key);
		this.#latest.delete(key);
		this.#analyses.forget(document);
	}

	dispose(): void {
		for (const key of [...this.#pending.keys(), ...this.#preparing.keys()]) this.#cancelPending(key);
		for (const subscription of this.#subscriptions) subscription.dispose();
		this.#onDidAnalyse.dispose();
	}
}
