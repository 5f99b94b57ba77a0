import * as vscode from 'vscode';
import { registerAnalysisStatusBar } from './articles/analysisStatusBar';
import { ARTICLE_LANGUAGE_ID } from './articles/articleFiles';
import { registerLargeArticleNotice } from './articles/largeArticleNotice';
import { ArticleQuickFixes } from './codeActions/articleQuickFixes';
import { registerAttributeQuote } from './commands/attributeQuote';
import { registerRevealInArticle } from './commands/revealInArticle';
import { registerSetArticleDate } from './commands/setArticleDate';
import { registerShowGettingStarted } from './commands/showGettingStarted';
import { registerToggleAnalysis } from './commands/toggleAnalysis';
import { registerArticleDiagnostics } from './diagnostics/articleDiagnostics';
import { ArticleHoverProvider } from './hovers/articleHoverProvider';
import { ArticleInlayHints } from './inlayHints/articleInlayHints';
import { RegistryDefinitionProvider } from './navigation/definitionProvider';
import { ActorHighlightProvider } from './navigation/documentHighlightProvider';
import { ArticleSymbolProvider } from './navigation/documentSymbolProvider';
import { ActorReferenceProvider } from './navigation/referenceProvider';
import type { Services } from './services';

/** The languages whose documents may be articles; each provider checks the document itself. */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = [
	{ language: ARTICLE_LANGUAGE_ID },
	{ language: 'plaintext' },
	{ language: 'markdown' },
];

/** Registers the article editor features (the highlights are a service), each disposed with the extension. */
export function registerEditorFeatures(services: Services): void {
	const inlayHints = new ArticleInlayHints(services);
	services.context.subscriptions.push(
		inlayHints,
		vscode.languages.registerInlayHintsProvider(ARTICLE_SELECTOR, inlayHints),
		vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new ArticleHoverProvider(services)),
		vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, new ActorReferenceProvider(services)),
		vscode.languages.registerDocumentHighlightProvider(ARTICLE_SELECTOR, new ActorHighlightProvider(services)),
		vscode.languages.registerDefinitionProvider(ARTICLE_SELECTOR, new RegistryDefinitionProvider(services)),
		vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, new ArticleSymbolProvider(services), {
			label: vscode.l10n.t('Article'),
		}),
		vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, new ArticleQuickFixes(services), {
			providedCodeActionKinds: ArticleQuickFixes.providedCodeActionKinds,
		}),
		registerArticleDiagnostics(services),
		registerAnalysisStatusBar(services),
		registerLargeArticleNotice(services),
		registerToggleAnalysis(services),
		registerRevealInArticle(),
		registerSetArticleDate(services),
		registerAttributeQuote(services),
		registerShowGettingStarted(),
	);
}
