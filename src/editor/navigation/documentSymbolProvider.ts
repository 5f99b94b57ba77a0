import * as vscode from 'vscode';
import type { ActorKind, Span } from '../../analysis';
import { actorById } from '../analysis/analysisLookup';
import { articleAnalysisOf } from '../analysis/articleAnalysisOf';
import { actorKindGroupLabel } from '../actorKindLabels';
import { shorten } from '../hovers/markdownText';
import type { Services } from '../services';

const ACTOR_SYMBOL_KINDS: Record<ActorKind, vscode.SymbolKind> = {
	person: vscode.SymbolKind.Object,
	organization: vscode.SymbolKind.Class,
	place: vscode.SymbolKind.Package,
};

/** The Outline and breadcrumbs of an article: Actors by kind, Quotes, Dates. */
export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
	readonly #services: Services;

	constructor(services: Services) {
		this.#services = services;
	}

	provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] | undefined {
		const analysis = articleAnalysisOf(this.#services, document);
		if (!analysis) return undefined;
		const rangeOf = (span: Pick<Span, 'start' | 'end'>): vscode.Range =>
			new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
		const symbol = (name: string, detail: string, kind: vscode.SymbolKind, span: Pick<Span, 'start' | 'end'>) =>
			new vscode.DocumentSymbol(name || '…', detail, kind, rangeOf(span), rangeOf(span));

		const kinds = (['person', 'organization', 'place'] as const)
			.map((kind) => {
				const actors = analysis.actors.filter((actor) => actor.kind === kind && actor.mentions.length > 0);
				const children = actors.map((actor) =>
					symbol(
						actor.name,
						vscode.l10n.t('{0} mentions', actor.mentions.length) + (actor.role ? ` · ${actor.role}` : ''),
						ACTOR_SYMBOL_KINDS[kind],
						actor.mentions[0],
					),
				);
				return group(actorKindGroupLabel(kind), vscode.SymbolKind.Namespace, children);
			})
			.filter((kindGroup): kindGroup is vscode.DocumentSymbol => kindGroup !== undefined);
		const quotes = analysis.quotes.map((quote) =>
			symbol(
				`“${shorten(quote.text, 60)}”`,
				actorById(analysis, quote.speaker)?.name ?? vscode.l10n.t('no speaker'),
				vscode.SymbolKind.String,
				quote,
			),
		);
		const dates = analysis.dates.map((date) => symbol(date.text, date.value ?? '', vscode.SymbolKind.Event, date));
		return [
			group(vscode.l10n.t('Actors'), vscode.SymbolKind.Namespace, kinds),
			group(vscode.l10n.t('Quotes'), vscode.SymbolKind.Namespace, quotes),
			group(vscode.l10n.t('Dates'), vscode.SymbolKind.Namespace, dates),
		].filter((topGroup): topGroup is vscode.DocumentSymbol => topGroup !== undefined);
	}
}

/** A group symbol spanning its children, or undefined when it has none. */
function group(name: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined {
	if (children.length === 0) return undefined;
	const range = children.map((child) => child.range).reduce((union, range) => union.union(range));
	const symbol = new vscode.DocumentSymbol(name, '', kind, range, children[0].selectionRange);
	symbol.children = children;
	return symbol;
}
