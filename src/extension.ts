import type * as vscode from 'vscode';
import { createApi, type ArticleAnnotatorApi } from './editor/api';
import { registerClaims } from './editor/claims/registerClaims';
import { registerEditorFeatures } from './editor/editorFeatures';
import { registerActorRegistry } from './editor/registry/registerActorRegistry';
import { createServices } from './editor/services';
import { registerAnnotationsTree } from './editor/tree/annotationsTreeView';

/** Builds every service and feature in one place; each registers its disposables with the context. */
export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
	const activationStartedAt = performance.now();
	const services = createServices(context);
	registerEditorFeatures(services);
	registerAnnotationsTree(services);
	registerActorRegistry(services);
	registerClaims(services);
	return createApi(services, activationStartedAt);
}

export function deactivate(): void {}
