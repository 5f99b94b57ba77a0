import * as vscode from 'vscode';
import { analyzeArticle, type AnalyzeOptions, type ArticleAnalysis, type RegistryActor } from '../../analysis';
import { AnalysisPool } from '../../workers/analysisPool';
import type { ArticleOverrides } from './articleOverrides';
import { CHUNKED_ANALYSIS_THRESHOLD, ChunkedAnalyzer } from './chunkedAnalysis';
import { applySpeakerCorrections, type SpeakerCorrection } from './speakerCorrections';

/** What the analyst set for an article, as its sidecar holds it. */
export interface BackgroundOverrides {
	referenceDate?: string;
	speakerCorrections: readonly SpeakerCorrection[];
}

/**
 * The analysis of each open article, computed on demand and cached per document version. A very large
 * article is analysed in chunks, so an edit re-analyses only the chunk it falls in.
 */
export class DocumentAnalyses implements vscode.Disposable {
	readonly #cache = new Map<string, { version: number; analysis: ArticleAnalysis }>();
	readonly #chunked = new Map<string, ChunkedAnalyzer>();
	readonly #onDidChange = new vscode.EventEmitter<vscode.Uri>();
	/** Fires when a document's analysis has changed (an edit, a registry change, a new reference date). */
	readonly onDidChange = this.#onDidChange.event;
	#registry: readonly RegistryActor[] = [];
	readonly #overrides: ArticleOverrides | undefined;
	readonly #subscriptions: vscode.Disposable[] = [];
	/** Worker threads for files analysed in the background (the workspace index), started on first use. */
	readonly #pool = new AnalysisPool();

	/** `overrides` supplies what the analyst set for an article: its reference date, quote speakers. */
	constructor(overrides?: ArticleOverrides) {
		this.#overrides = overrides;
		if (overrides) this.#subscriptions.push(overrides.onDidChange((uri) => this.invalidate(uri)));
	}

	/** The analysis of the document as currently open. */
	get(document: vscode.TextDocument): ArticleAnalysis {
		const key = document.uri.toString();
		const cached = this.#cache.get(key);
		if (cached && cached.version === document.version) return cached.analysis;
		const text = document.getText();
		let analysis: ArticleAnalysis;
		if (text.length > CHUNKED_ANALYSIS_THRESHOLD) {
			const analyzer = this.#chunked.get(key) ?? new ChunkedAnalyzer();
			this.#chunked.set(key, analyzer);
			analysis = this.#withCorrections(document.uri, analyzer.analyze(text, this.#options(document.uri)));
		} else {
			this.#chunked.delete(key);
			analysis = this.analyzeText(document.uri, text);
		}
		this.#cache.set(key, { version: document.version, analysis });
		return analysis;
	}

	/**
	 * Prepares the analysis of a very large document off the keystroke path: its changed chunks are
	 * analysed one by one, yielding between them, so a following `get` only merges. Small documents
	 * need nothing. Stops early when the token is cancelled.
	 */
	async prepare(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<void> {
		const key = document.uri.toString();
		if (this.#cache.get(key)?.version === document.version) return;
		const text = document.getText();
		if (text.length <= CHUNKED_ANALYSIS_THRESHOLD) return;
		const analyzer = this.#chunked.get(key) ?? new ChunkedAnalyzer();
		this.#chunked.set(key, analyzer);
		await analyzer.warm(text, this.#options(document.uri), () => token.isCancellationRequested);
	}

	/** The analysis of an article's text (e.g. read from disk), with the analyst's overrides, not cached. */
	analyzeText(uri: vscode.Uri, text: string): ArticleAnalysis {
		return this.#withCorrections(uri, analyzeArticle(text, this.#options(uri)));
	}

	/**
	 * As `analyzeText`, on worker threads: many files at once use every core and leave the extension host
	 * free. `overrides`, when given, stand for the analyst's (the index reads them from the sidecar file
	 * itself, without loading it into the claims service).
	 */
	async analyzeTextInBackground(uri: vscode.Uri, text: string, overrides?: BackgroundOverrides): Promise<ArticleAnalysis> {
		const options = overrides ? { registry: this.#registry, referenceDate: overrides.referenceDate } : this.#options(uri);
		const analysis = await this.#pool.analyze(text, options);
		return overrides ? applySpeakerCorrections(analysis, overrides.speakerCorrections) : this.#withCorrections(uri, analysis);
	}

	/** How many texts to hand `analyzeTextInBackground` at once to keep its threads busy. */
	get backgroundCapacity(): number {
		return this.#pool.capacity;
	}

	#options(uri: vscode.Uri): AnalyzeOptions {
		return { registry: this.#registry, referenceDate: this.#overrides?.referenceDate(uri) };
	}

	#withCorrections(uri: vscode.Uri, analysis: ArticleAnalysis): ArticleAnalysis {
		return applySpeakerCorrections(analysis, this.#overrides?.speakerCorrections(uri) ?? []);
	}

	/** Replaces the analyst's registry and re-analyses every document on next use. */
	setRegistry(registry: readonly RegistryActor[]): void {
		this.#registry = registry;
		this.invalidateAll();
	}

	/** Forgets one document's cached analysis and tells listeners. */
	invalidate(uri: vscode.Uri): void {
		this.#cache.delete(uri.toString());
		this.#chunked.delete(uri.toString());
		this.#onDidChange.fire(uri);
	}

	/** Forgets every cached analysis and tells listeners. */
	invalidateAll(): void {
		const uris = [...this.#cache.keys()];
		this.#cache.clear();
		this.#chunked.clear();
		for (const uri of uris) this.#onDidChange.fire(vscode.Uri.parse(uri));
	}

	forget(document: vscode.TextDocument): void {
		this.#cache.delete(document.uri.toString());
		this.#chunked.delete(document.uri.toString());
	}

	dispose(): void {
		for (const subscription of this.#subscriptions) subscription.dispose();
		this.#onDidChange.dispose();
		this.#cache.clear();
		this.#pool.dispose();
	}
}
