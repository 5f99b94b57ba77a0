import * as vscode from 'vscode';
import { readDateline } from '../../analysis';
import { actorById, dateAt, mentionAt, quoteAt } from '../analysis/analysisLookup';
import { articleAnalysisOf } from '../analysis/articleAnalysisOf';
import type { Services } from '../services';
import { actorHover, type ActorWorkspaceCount } from './actorHover';
import { dateHover, type ReferenceDateSource } from './dateHover';
import { quoteHover } from './quoteHover';

/** How long a hover waits for the workspace count before showing "counting…". */
const WORKSPACE_COUNT_WAIT_MS = 400;

/** Hovers on an article's actor mentions, dates and quotes (a name inside a quote shows both). */
export class ArticleHoverProvider implements vscode.HoverProvider {
	readonly #services: Services;

	constructor(services: Services) {
		this.#services = services;
	}

	async provideHover(
		document: vscode.TextDocument,
		position: vscode.Position,
		token: vscode.CancellationToken,
	): Promise<vscode.Hover | undefined> {
		const analysis = articleAnalysisOf(this.#services, document);
		if (!analysis) return undefined;
		const offset = document.offsetAt(position);
		const contents: vscode.MarkdownString[] = [];
		const spans: Array<{ start: number; end: number }> = [];
		const mention = mentionAt(analysis, offset);
		if (mention) {
			const elsewhere = await this.#countElsewhere(mention.actor.name, document.uri, token);
			if (token.isCancellationRequested) return undefined;
			contents.push(actorHover(mention.actor, analysis, document.uri, elsewhere));
			spans.push(mention.mention);
		}
		const date = dateAt(analysis, offset);
		if (date) {
			contents.push(dateHover(date, document.uri, analysis.referenceDate, this.#referenceDateSource(document)));
			spans.push(date);
		}
		const quote = quoteAt(analysis, offset);
		if (quote) {
			contents.push(quoteHover(quote, actorById(analysis, quote.speaker), document.uri));
			if (spans.length === 0) spans.push(quote);
		}
		if (contents.length === 0) return undefined;
		const start = Math.max(...spans.map((span) => span.start));
		const end = Math.min(...spans.map((span) => span.end));
		return new vscode.Hover(contents, new vscode.Range(document.positionAt(start), document.positionAt(end)));
	}

	async #countElsewhere(name: string, uri: vscode.Uri, token: vscode.CancellationToken): Promise<ActorWorkspaceCount | undefined> {
		const counting = this.#services.workspaceActors.mentionsOf(name, uri, token).then((mentions) => ({
			mentions: mentions.length,
			articles: new Set(mentions.map((mention) => mention.uri.toString())).size,
		}));
		const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), WORKSPACE_COUNT_WAIT_MS));
		return Promise.race([counting, timeout]);
	}

	#referenceDateSource(document: vscode.TextDocument): ReferenceDateSource {
		if (readDateline(document.getText(new vscode.Range(0, 0, 2, 0)))) return 'dateline';
		return this.#services.overrides.referenceDate(document.uri) ? 'analyst' : 'none';
	}
}
