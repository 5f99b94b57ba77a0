import type * as vscode from 'vscode';
import { createApi, type ArticleAnnotatorApi } from './editor/api';
import { createServices } from './editor/services';

/** Builds every service and feature in one place; each registers its disposables with the context. */
export function activate(context: vscode.ExtensionContext): ArticleAnnotatorApi {
	const services = createServices(context);
	return createApi(services);
}

export function deactivate(): void {}
