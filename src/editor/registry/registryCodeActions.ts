import * as vscode from 'vscode';
import { findRegistryActor } from '../../registry';
import type { DocumentAnalyses } from '../analysis/documentAnalyses';
import { CommandIds } from '../commandIds';
import type { ArticleRule } from '../index/workspaceIndexService';
import { actorAtRange } from './actorAtRange';
import type { RegistryService } from './registryService';

/** What the registry commands receive from a code action: the actor under the cursor in an article. */
export interface RegistryActionTarget {
	readonly uri: string;
	/** The actor's canonical name. */
	readonly name: string;
	readonly kind: 'person' | 'organization' | 'place';
	/** The distinct texts of the actor's mentions in the article. */
	readonly mentionTexts: readonly string[];
}

/** Code actions on an actor's mention: add it to the registry, merge it with another actor, or say it is no actor. */
export class RegistryCodeActions implements vscode.CodeActionProvider {
	static readonly kind = vscode.CodeActionKind.Refactor.append('registry');
	static readonly providedCodeActionKinds = [RegistryCodeActions.kind];

	constructor(
		private readonly analyses: DocumentAnalyses,
		private readonly rule: Pick<ArticleRule, 'isArticle'>,
		private readonly registry: RegistryService,
	) {}

	provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
		if (context.only && !context.only.contains(RegistryCodeActions.kind) && !RegistryCodeActions.kind.contains(context.only)) return [];
		if (token.isCancellationRequested || !this.rule.isArticle(document)) return [];
		const found = actorAtRange(document, this.analyses.get(document), range);
		if (!found) return [];
		const { actor, mentionText } = found;
		const target: RegistryActionTarget = { uri: document.uri.toString(), name: actor.name, kind: actor.kind, mentionTexts: [...new Set(actor.mentions.map((mention) => mention.text))] };
		const action = (title: string, command: string) => {
			const codeAction = new vscode.CodeAction(title, RegistryCodeActions.kind);
			codeAction.command = { title, command, arguments: [target] };
			return codeAction;
		};
		const actions = [
			action(vscode.l10n.t('Merge “{0}” with…', actor.name), CommandIds.mergeActor),
			action(vscode.l10n.t('“{0}” is not an actor', mentionText), CommandIds.notAnActor),
		];
		if (!findRegistryActor(this.registry.current, actor.name)) actions.unshift(action(vscode.l10n.t('Add “{0}” to the actor registry', actor.name), CommandIds.addToRegistry));
		return actions;
	}
}
