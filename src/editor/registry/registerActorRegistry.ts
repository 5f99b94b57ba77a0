import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerRegistryCommands } from './registryCommands';
import { RegistryCodeActions } from './registryCodeActions';

/**
 * The actor registry in the editor: loaded now and on every change of its file, fed to the analysis of
 * open articles and of the workspace index, with code actions on mentions and their commands.
 */
export function registerActorRegistry(services: Services): void {
	const { registry, analyses, index, articles, context } = services;
	context.subscriptions.push(
		registry.onDidChange((current) => {
			analyses.setRegistry(current.actors);
			if (index.started) void index.reindexAll();
		}),
		vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, new RegistryCodeActions(analyses, articles, registry), {
			providedCodeActionKinds: RegistryCodeActions.providedCodeActionKinds,
		}),
		...registerRegistryCommands(registry, analyses, index),
	);
	void registry.load();
}
