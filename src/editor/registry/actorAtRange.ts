import type * as vscode from 'vscode';
import type { Actor, ArticleAnalysis } from '../../analysis';

/** The actor one of whose mentions holds the start of `range`, and that mention's text. */
export function actorAtRange(document: vscode.TextDocument, analysis: ArticleAnalysis, range: vscode.Range): { actor: Actor; mentionText: string } | undefined {
	const offset = document.offsetAt(range.start);
	for (const actor of analysis.actors) {
		const mention = actor.mentions.find(({ start, end }) => start <= offset && offset <= end);
		if (mention) return { actor, mentionText: mention.text };
	}
	return undefined;
}
