import * as vscode from 'vscode';
import { mentionAt } from '../analysis/analysisLookup';
import { articleAnalysisOf } from '../analysis/articleAnalysisOf';
import type { Services } from '../services';
import { mentionLocations } from '../workspace/mentionLocations';

/** Find All References on a mention: every mention of that actor, in this article and the workspace's. */
export class ActorReferenceProvider implements vscode.ReferenceProvider {
	readonly #services: Services;

	constructor(services: Services) {
		this.#services = services;
	}

	async provideReferences(
		document: vscode.TextDocument,
		position: vscode.Position,
		_context: vscode.ReferenceContext,
		token: vscode.CancellationToken,
	): Promise<vscode.Location[] | undefined> {
		const analysis = articleAnalysisOf(this.#services, document);
		const found = analysis && mentionAt(analysis, document.offsetAt(position));
		if (!found) return undefined;
		const here = found.actor.mentions.map(
			(mention) =>
				new vscode.Location(document.uri, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end))),
		);
		const elsewhere = await this.#services.workspaceActors.mentionsOf(found.actor.name, document.uri, token);
		if (token.isCancellationRequested) return here;
		return [...here, ...(await mentionLocations(elsewhere))];
	}
}
