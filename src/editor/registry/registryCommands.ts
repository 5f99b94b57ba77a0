import * as vscode from 'vscode';
import type { ActorKind } from '../../analysis';
import { addActor, markNotAnActor, mergeActors } from '../../registry';
import type { DocumentAnalyses } from '../analysis/documentAnalyses';
import { CommandIds } from '../commandIds';
import type { WorkspaceIndexService } from '../index/workspaceIndexService';
import { articleCount } from '../tree/treeItems';
import { actorAtRange } from './actorAtRange';
import type { RegistryActionTarget } from './registryCodeActions';
import type { RegistryService } from './registryService';

/** Registers the registry commands; each takes a code action's target, else the actor at the active editor's cursor. */
export function registerRegistryCommands(registry: RegistryService, analyses: DocumentAnalyses, index: WorkspaceIndexService): vscode.Disposable[] {
	return [
		vscode.commands.registerCommand(CommandIds.addToRegistry, async (target?: RegistryActionTarget) => {
			const actor = target ?? actorAtCursor(analyses);
			if (actor) await registry.edit((current) => addActor(current, { name: actor.name, kind: actor.kind }));
		}),
		vscode.commands.registerCommand(CommandIds.notAnActor, async (target?: RegistryActionTarget) => {
			const actor = target ?? actorAtCursor(analyses);
			if (actor) await registry.edit((current) => actor.mentionTexts.reduce(markNotAnActor, markNotAnActor(current, actor.name)));
		}),
		vscode.commands.registerCommand(CommandIds.mergeActor, async (target?: RegistryActionTarget, into?: { name: string; kind?: ActorKind }) => {
			const actor = target ?? actorAtCursor(analyses);
			if (!actor) return;
			const chosen = into ?? (await pickMergeTarget(actor, analyses, index, registry));
			if (chosen) await registry.edit((current) => mergeActors(current, chosen, [actor.name, ...actor.mentionTexts]));
		}),
		vscode.commands.registerCommand(CommandIds.openRegistry, async () => {
			const uri = registry.uri;
			if (!uri) return;
			try {
				await vscode.workspace.fs.stat(uri);
			} catch {
				await registry.edit((current) => ({ ...current }));
			}
			await vscode.window.showTextDocument(uri);
		}),
	];
}

/** The actor at the cursor of the active editor, in the form the code actions pass. */
function actorAtCursor(analyses: DocumentAnalyses): RegistryActionTarget | undefined {
	const editor = vscode.window.activeTextEditor;
	const found = editor && actorAtRange(editor.document, analyses.get(editor.document), editor.selection);
	if (!found) {
		void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on an actor’s name first.'));
		return undefined;
	}
	return { uri: editor.document.uri.toString(), name: found.actor.name, kind: found.actor.kind, mentionTexts: [...new Set(found.actor.mentions.map((mention) => mention.text))] };
}

/** Asks which actor to merge into: the article's other actors, then the registry's and the workspace's. */
async function pickMergeTarget(actor: RegistryActionTarget, analyses: DocumentAnalyses, index: WorkspaceIndexService, registry: RegistryService): Promise<{ name: string; kind?: ActorKind } | undefined> {
	const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === actor.uri);
	const candidates = new Map<string, { name: string; kind?: ActorKind; detail: string }>();
	const add = (name: string, kind: ActorKind | undefined, detail: string) => {
		if (name !== actor.name && !candidates.has(name)) candidates.set(name, { name, kind, detail });
	};
	for (const other of document ? analyses.get(document).actors : []) add(other.name, other.kind, vscode.l10n.t('in this article'));
	for (const entry of registry.current.actors) if (!entry.notAnActor) add(entry.name, entry.kind, vscode.l10n.t('in the registry'));
	for (const other of index.index.actors()) add(other.name, other.kind, articleCount(other.articles));
	const picked = await vscode.window.showQuickPick(
		[...candidates.values()].map((candidate) => ({ label: candidate.name, description: candidate.kind, detail: candidate.detail, candidate })),
		{ title: vscode.l10n.t('Merge “{0}” with…', actor.name), placeHolder: vscode.l10n.t('The actor “{0}” is another name of', actor.name), matchOnDescription: true },
	);
	return picked && { name: picked.candidate.name, kind: picked.candidate.kind };
}
