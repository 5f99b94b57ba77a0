import type * as vscode from 'vscode';
import { createApi, type ArticleAnnotatorApi } from './editor/api';
import { registerEditorFeatures } from './editor/editorFeatures';
import { registerClaims } from './editor/claims/registerClaims';
import { registerActorRegistry } from './editor/registry/registerActorRegistry';
import { registerExport } from './editor/export/registerExport';
import { createServices } from './editor/services';
import { registerAnnotationsTree } from './editor/tree/annotationsTreeView';

/** Builds every service and feature in one place; each registers its disposables with the context. */
export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
	const activationStartedAt = { wallMs: performance.now(), cpu: process.cpuUsage() };
	const services = createServices(context);
	registerEditorFeatures(services);
	registerAnnotationsTree(services);
	registerActorRegistry(services);
	registerClaims(services);
	registerExport(services);
	return createApi(services, activationStartedAt);
}

export function deactivate(): void {}
