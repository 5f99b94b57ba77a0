import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';

/** The only commands a hover's links may run. */
const HOVER_COMMANDS = [CommandIds.revealInArticle, CommandIds.attributeQuote, CommandIds.setArticleDate];

/**
 * An empty hover Markdown string: no HTML, links trusted only for our own commands. Article text must
 * go in through `escapeMarkdown`.
 */
export function hoverMarkdown(): vscode.MarkdownString {
	const markdown = new vscode.MarkdownString('', false);
	markdown.supportHtml = false;
	markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
	return markdown;
}
