import * as vscode from 'vscode';
import { actorById } from '../analysis/analysisLookup';
import { articleAnalysisOf } from '../analysis/articleAnalysisOf';
import type { Services } from '../services';

const CLOSING_QUOTE_MARKS = /^\s?["”’»“‘«]+/;

/** Inlay hints: a quote's speaker after the quote, a relative date's resolved value after the date (each a setting). */
export class ArticleInlayHints implements vscode.InlayHintsProvider, vscode.Disposable {
	readonly #services: Services;
	readonly #onDidChangeInlayHints = new vscode.EventEmitter<void>();
	readonly onDidChangeInlayHints = this.#onDidChangeInlayHints.event;
	readonly #subscriptions: vscode.Disposable[];

	constructor(services: Services) {
		this.#services = services;
		this.#subscriptions = [
			services.live.onDidAnalyse(() => this.#onDidChangeInlayHints.fire()),
			services.settings.onDidChange(() => this.#onDidChangeInlayHints.fire()),
		];
	}

	provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): vscode.InlayHint[] {
		const { quoteSpeakerHints, dateValueHints } = this.#services.settings.current;
		if (!quoteSpeakerHints && !dateValueHints) return [];
		const analysis = articleAnalysisOf(this.#services, document);
		if (!analysis) return [];
		const from = document.offsetAt(range.start);
		const to = document.offsetAt(range.end);
		const hints: vscode.InlayHint[] = [];
		const hint = (offset: number, label: string): void => {
			const inlay = new vscode.InlayHint(document.positionAt(offset), label, vscode.InlayHintKind.Parameter);
			inlay.paddingLeft = true;
			hints.push(inlay);
		};
		if (quoteSpeakerHints) {
			for (const quote of analysis.quotes) {
				if (token.isCancellationRequested || quote.end < from || quote.start > to) continue;
				const speaker = actorById(analysis, quote.speaker);
				if (!speaker) continue;
				const after = document.getText(new vscode.Range(document.positionAt(quote.end), document.positionAt(quote.end + 3)));
				hint(quote.end + (CLOSING_QUOTE_MARKS.exec(after)?.[0].length ?? 0), `— ${speaker.name}`);
			}
		}
		if (dateValueHints) {
			for (const date of analysis.dates) {
				if (token.isCancellationRequested || date.end < from || date.start > to) continue;
				// Only relative dates: one that already spells out a year says its value itself.
				const resolvable = date.type === 'date' || date.type === 'time';
				if (resolvable && date.value && !/\b\d{4}\b/.test(date.text)) hint(date.end, `= ${date.value}`);
			}
		}
		return hints;
	}

	dispose(): void {
		for (const subscription of this.#subscriptions) subscription.dispose();
		this.#onDidChangeInlayHints.dispose();
	}
}
