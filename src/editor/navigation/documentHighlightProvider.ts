import * as vscode from 'vscode';
import { mentionAt } from '../analysis/analysisLookup';
import { articleAnalysisOf } from '../analysis/articleAnalysisOf';
import type { Services } from '../services';

/** Marks every mention in the article of the actor under the cursor. */
export class ActorHighlightProvider implements vscode.DocumentHighlightProvider {
	readonly #services: Services;

	constructor(services: Services) {
		this.#services = services;
	}

	provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] | undefined {
		const analysis = articleAnalysisOf(this.#services, document);
		const found = analysis && mentionAt(analysis, document.offsetAt(position));
		return found?.actor.mentions.map(
			(mention) =>
				new vscode.DocumentHighlight(
					new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)),
					vscode.DocumentHighlightKind.Text,
				),
		);
	}
}
