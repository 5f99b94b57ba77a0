import * as vscode from 'vscode';
import type { Actor, ArticleAnalysis } from '../../analysis';
import { quotesOf, spellingsOf } from '../analysis/analysisLookup';
import { CommandIds } from '../commandIds';
import type { RevealArgs } from '../commands/revealInArticle';
import { actorKindLabel } from '../actorKindLabels';
import { hoverMarkdown } from './hoverMarkdown';
import { commandLink, escapeMarkdown, shorten } from './markdownText';

const QUOTES_SHOWN = 3;

/** Mentions of the actor in the workspace's other articles, or undefined while still counting. */
export interface ActorWorkspaceCount {
	readonly mentions: number;
	readonly articles: number;
}

/**
 * The hover of an actor: canonical name, kind and role, spellings seen, mentions here and across the
 * workspace, and the first quotes with links that reveal them.
 */
export function actorHover(
	actor: Actor,
	analysis: ArticleAnalysis,
	uri: vscode.Uri,
	elsewhere: ActorWorkspaceCount | undefined,
): vscode.MarkdownString {
	const markdown = hoverMarkdown();
	markdown.appendMarkdown(`**${escapeMarkdown(actor.name)}** · ${escapeMarkdown(actorKindLabel(actor.kind))}`);
	if (actor.role) markdown.appendMarkdown(` · ${escapeMarkdown(actor.role)}`);
	markdown.appendMarkdown('\n\n');
	const spellings = spellingsOf(actor);
	markdown.appendMarkdown(
		`${escapeMarkdown(vscode.l10n.t('Spellings seen: {0}', spellings.map((spelling) => `“${spelling}”`).join(', ')))}\n\n`,
	);
	markdown.appendMarkdown(`${escapeMarkdown(mentionCounts(actor.mentions.length, elsewhere))}\n\n`);
	const quotes = quotesOf(analysis, actor);
	if (quotes.length === 0) return markdown;
	markdown.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Quotes ({0}):', quotes.length))}\n\n`);
	for (const quote of quotes.slice(0, QUOTES_SHOWN)) {
		const args: RevealArgs = { uri: uri.toString(), start: quote.start, end: quote.end };
		const label = escapeMarkdown(`“${shorten(quote.text, 90)}”`);
		markdown.appendMarkdown(`- ${commandLink(label, CommandIds.revealInArticle, args)}\n`);
	}
	return markdown;
}

function mentionCounts(here: number, elsewhere: ActorWorkspaceCount | undefined): string {
	if (!elsewhere) return vscode.l10n.t('Mentions: {0} in this article (counting across the workspace…)', here);
	if (elsewhere.articles === 0) return vscode.l10n.t('Mentions: {0} in this article, none in the other articles of the workspace', here);
	return elsewhere.articles === 1
		? vscode.l10n.t('Mentions: {0} in this article, {1} in one other article of the workspace', here, elsewhere.mentions)
		: vscode.l10n.t('Mentions: {0} in this article, {1} in {2} other articles of the workspace', here, elsewhere.mentions, elsewhere.articles);
}
