import * as vscode from 'vscode';
import { candidateSpeakers } from '../analysis/analysisLookup';
import { articleAnalysisOf } from '../analysis/articleAnalysisOf';
import { CommandIds } from '../commandIds';
import type { AttributeQuoteArgs } from '../commands/attributeQuote';
import type { SetArticleDateArgs } from '../commands/setArticleDate';
import { FindingCodes } from '../diagnostics/articleFindings';
import type { Services } from '../services';

/** How many nearest actors get a one-click "Attribute this quote to <name>" besides the picker. */
const DIRECT_CANDIDATES = 3;

/** Quick fixes for the article diagnostics: set the article's date; attribute a quote. */
export class ArticleQuickFixes implements vscode.CodeActionProvider {
	static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
	readonly #services: Services;

	constructor(services: Services) {
		this.#services = services;
	}

	provideCodeActions(
		document: vscode.TextDocument,
		_range: vscode.Range,
		context: vscode.CodeActionContext,
		token: vscode.CancellationToken,
	): vscode.CodeAction[] {
		const actions: vscode.CodeAction[] = [];
		for (const diagnostic of context.diagnostics) {
			if (token.isCancellationRequested) break;
			if (diagnostic.code === FindingCodes.relativeDateWithoutReference) actions.push(this.#setDate(document, diagnostic));
			if (diagnostic.code === FindingCodes.quoteWithoutSpeaker) actions.push(...this.#attribute(document, diagnostic));
		}
		return actions;
	}

	#setDate(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction {
		const action = new vscode.CodeAction(vscode.l10n.t("Set the article's date…"), vscode.CodeActionKind.QuickFix);
		const args: SetArticleDateArgs = { uri: document.uri.toString() };
		action.command = { title: action.title, command: CommandIds.setArticleDate, arguments: [args] };
		action.diagnostics = [diagnostic];
		action.isPreferred = true;
		return action;
	}

	#attribute(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
		const quote = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
		const fix = (title: string, speaker?: string): vscode.CodeAction => {
			const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
			const args: AttributeQuoteArgs = { uri: document.uri.toString(), ...quote, speaker };
			action.command = { title, command: CommandIds.attributeQuote, arguments: [args] };
			action.diagnostics = [diagnostic];
			return action;
		};
		const analysis = articleAnalysisOf(this.#services, document);
		const nearest = analysis ? candidateSpeakers(analysis, quote).slice(0, DIRECT_CANDIDATES) : [];
		return [
			fix(vscode.l10n.t('Attribute this quote to…')),
			...nearest.map((actor) => fix(vscode.l10n.t('Attribute this quote to {0}', actor.name), actor.name)),
		];
	}
}
