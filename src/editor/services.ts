import type * as vscode from 'vscode';
import { DocumentAnalyses } from './analysis/documentAnalyses';

/** The extension's services, built once in one place; each is disposed with the extension. */
export interface Services {
	readonly context: vscode.ExtensionContext;
	readonly analyses: DocumentAnalyses;
}

export function createServices(context: vscode.ExtensionContext): Services {
	const analyses = new DocumentAnalyses();
	context.subscriptions.push(analyses);
	return { context, analyses };
}
