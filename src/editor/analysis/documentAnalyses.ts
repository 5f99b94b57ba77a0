import * as vscode from 'vscode';
import { analyzeArticle, type ArticleAnalysis, type RegistryActor } from '../../analysis';

/** The analysis of each open article, computed on demand and cached per document version. */
export class DocumentAnalyses implements vscode.Disposable {
	readonly #cache = new Map<string, { version: number; analysis: ArticleAnalysis }>();
	readonly #onDidChange = new vscode.EventEmitter<vscode.Uri>();
	/** Fires when a document's analysis has changed (an edit, a registry change, a new reference date). */
	readonly onDidChange = this.#onDidChange.event;
	#registry: readonly RegistryActor[] = [];

	/** The analysis of the document as currently open. */
	get(document: vscode.TextDocument): ArticleAnalysis {
		const key = document.uri.toString();
		const cached = this.#cache.get(key);
		if (cached && cached.version === document.version) return cached.analysis;
		const analysis = analyzeArticle(document.getText(), { registry: this.#registry });
		this.#cache.set(key, { version: document.version, analysis });
		return analysis;
	}

	/** Replaces the analyst's registry and re-analyses every document on next use. */
	setRegistry(registry: readonly RegistryActor[]): void {
		this.#registry = registry;
		this.invalidateAll();
	}

	/** Forgets every cached analysis and tells listeners. */
	invalidateAll(): void {
		const uris = [...this.#cache.keys()];
		this.#cache.clear();
		for (const uri of uris) this.#onDidChange.fire(vscode.Uri.parse(uri));
	}

	forget(document: vscode.TextDocument): void {
		this.#cache.delete(document.uri.toString());
	}

	dispose(): void {
		this.#onDidChange.dispose();
		this.#cache.clear();
	}
}
