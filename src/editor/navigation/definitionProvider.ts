import * as vscode from 'vscode';
import { REGISTRY_PATH } from '../../registry/registrySchema';
import { mentionAt, spellingsOf } from '../analysis/analysisLookup';
import { articleAnalysisOf } from '../analysis/articleAnalysisOf';
import type { Services } from '../services';
import { findRegistryEntry } from './registryEntryLocator';

/** Go to Definition on a mention: the actor's entry in the analyst's registry, where there is one. */
export class RegistryDefinitionProvider implements vscode.DefinitionProvider {
	readonly #services: Services;

	constructor(services: Services) {
		this.#services = services;
	}

	async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
		const analysis = articleAnalysisOf(this.#services, document);
		const found = analysis && mentionAt(analysis, document.offsetAt(position));
		const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
		if (!found || !folder) return undefined;
		const registryUri = vscode.Uri.joinPath(folder.uri, REGISTRY_PATH);
		let registry: vscode.TextDocument;
		try {
			registry = await vscode.workspace.openTextDocument(registryUri);
		} catch {
			return undefined; // No registry in this workspace.
		}
		const offset = findRegistryEntry(registry.getText(), found.actor.name, spellingsOf(found.actor));
		return offset === undefined ? undefined : new vscode.Location(registryUri, registry.positionAt(offset));
	}
}
