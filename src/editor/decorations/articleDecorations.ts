import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../../analysis';
import type { AnalysedDocument, LiveAnalysis } from '../analysis/liveAnalysis';
import { createDecorationType } from './decorationTypes';
import { DECORATION_CATEGORIES, NO_DECORATION_SPANS, decorationSpans, type DecorationCategory, type DecorationSpans } from './decorationSpans';

/** The highlights last applied to a document, as the API reports them. */
export interface AppliedDecorations {
	readonly uri: vscode.Uri;
	readonly version: number;
	readonly spans: DecorationSpans;
	/** Milliseconds from the start of the analysis to the highlights set in every visible editor. */
	readonly updateMs: number;
}

/**
 * Highlights actors by kind, quotes and dates in every visible article: one decoration type per
 * category, created once; one `setDecorations` per type per editor when an analysis arrives.
 */
export class ArticleDecorations implements vscode.Disposable {
	readonly #types: ReadonlyMap<DecorationCategory, vscode.TextEditorDecorationType>;
	readonly #applied = new Map<string, AppliedDecorations>();
	readonly #spansByAnalysis = new WeakMap<ArticleAnalysis, DecorationSpans>();
	readonly #onDidApply = new vscode.EventEmitter<AppliedDecorations>();
	/** Fires after a document's highlights were updated in its visible editors. */
	readonly onDidApply = this.#onDidApply.event;
	readonly #subscriptions: vscode.Disposable[];

	constructor(live: LiveAnalysis) {
		this.#types = new Map(DECORATION_CATEGORIES.map((category) => [category, createDecorationType(category)]));
		this.#subscriptions = [
			live.onDidAnalyse((analysed) => this.#apply(analysed)),
			vscode.window.onDidChangeVisibleTextEditors((editors) => {
				for (const editor of editors) {
					const latest = live.latest(editor.document);
					if (latest) this.#setInEditor(editor, this.#spansOf(latest));
				}
			}),
			vscode.workspace.onDidCloseTextDocument((document) => this.#applied.delete(document.uri.toString())),
		];
		for (const editor of vscode.window.visibleTextEditors) {
			const latest = live.latest(editor.document);
			if (latest) this.#apply(latest);
		}
	}

	/** The highlights last applied to the document, if it is a visible article. */
	applied(uri: vscode.Uri): AppliedDecorations | undefined {
		return this.#applied.get(uri.toString());
	}

	#apply(analysed: AnalysedDocument): void {
		const started = performance.now();
		const spans = this.#spansOf(analysed);
		for (const editor of vscode.window.visibleTextEditors) {
			if (editor.document === analysed.document) this.#setInEditor(editor, spans);
		}
		const key = analysed.document.uri.toString();
		if (!analysed.analysis) {
			this.#applied.delete(key);
			return;
		}
		const applied = {
			uri: analysed.document.uri,
			version: analysed.version,
			spans,
			updateMs: analysed.analysisMs + performance.now() - started,
		};
		this.#applied.set(key, applied);
		this.#onDidApply.fire(applied);
	}

	#spansOf({ analysis }: AnalysedDocument): DecorationSpans {
		if (!analysis) return NO_DECORATION_SPANS;
		let spans = this.#spansByAnalysis.get(analysis);
		if (!spans) {
			spans = decorationSpans(analysis);
			this.#spansByAnalysis.set(analysis, spans);
		}
		return spans;
	}

	#setInEditor(editor: vscode.TextEditor, spans: DecorationSpans): void {
		const { document } = editor;
		for (const [category, type] of this.#types) {
			editor.setDecorations(
				type,
				spans[category].map(({ start, end }) => new vscode.Range(document.positionAt(start), document.positionAt(end))),
			);
		}
	}

	dispose(): void {
		for (const subscription of this.#subscriptions) subscription.dispose();
		for (const type of this.#types.values()) type.dispose();
		this.#onDidApply.dispose();
	}
}
