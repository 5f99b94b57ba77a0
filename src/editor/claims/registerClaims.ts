import * as vscode from 'vscode';
import type { Services } from '../services';
import { ClaimCodeActionProvider } from './claimCodeActions';
import { registerClaimCommands } from './claimCommands';
import { ClaimDecorations } from './claimDecorations';
import { ClaimHoverProvider } from './claimHover';

/** Documents claims can be tagged in: articles on disk (plain text, Markdown, the article language). */
export const CLAIM_DOCUMENTS: vscode.DocumentSelector = ['plaintext', 'markdown', 'article'].map((language) => ({ scheme: 'file', language }));

/** Registers the claims feature: commands, code actions, hover and decorations. */
export function registerClaims(services: Services): void {
	const { sidecars } = services;
	services.context.subscriptions.push(
		...registerClaimCommands(services, sidecars),
		vscode.languages.registerCodeActionsProvider(CLAIM_DOCUMENTS, new ClaimCodeActionProvider(services, sidecars), ClaimCodeActionProvider.metadata),
		vscode.languages.registerHoverProvider(CLAIM_DOCUMENTS, new ClaimHoverProvider(sidecars)),
		new ClaimDecorations(sidecars, services.context.extensionUri),
	);
}
