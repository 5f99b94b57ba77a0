import * as vscode from 'vscode';
import type { Actor, Quote } from '../../analysis';
import { CommandIds } from '../commandIds';
import type { AttributeQuoteArgs } from '../commands/attributeQuote';
import { hoverMarkdown } from './hoverMarkdown';
import { commandLink, escapeMarkdown, shorten } from './markdownText';

/** The hover of a quote: its speaker and the words that name them, or a link to attribute it. */
export function quoteHover(quote: Quote, speaker: Actor | undefined, uri: vscode.Uri): vscode.MarkdownString {
	const markdown = hoverMarkdown();
	markdown.appendMarkdown(`${escapeMarkdown(`“${shorten(quote.text, 120)}”`)}\n\n`);
	if (speaker) {
		const said = speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
		markdown.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Speaker: {0}', said))}\n\n`);
	} else {
		const args: AttributeQuoteArgs = { uri: uri.toString(), start: quote.start, end: quote.end };
		const link = commandLink(escapeMarkdown(vscode.l10n.t('Attribute this quote to…')), CommandIds.attributeQuote, args);
		markdown.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Speaker: none found'))} · ${link}\n\n`);
	}
	if (quote.attribution) {
		markdown.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Attribution: “{0}”', quote.attribution.text))}\n\n`);
	}
	return markdown;
}
