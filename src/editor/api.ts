import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../analysis';
import type { Sidecar } from '../annotations/sidecarSchema';
import type { AppliedDecorations } from './decorations/articleDecorations';
import type { Services } from './services';

/** What `activate()` returns, for tests, scripts and other extensions. */
export interface ArticleAnnotatorApi {
	/** The analysis of the document as currently open (opened if needed): the CLI's plain data. */
	getAnalysis(uri: vscode.Uri): Promise<ArticleAnalysis>;
	/** The article's annotations as its sidecar holds them, with offsets into the document as open (loaded if needed). */
	getAnnotations(uri: vscode.Uri): Promise<Sidecar>;
	/** Whether the editor features (highlights, hovers, navigation) work on the file (opened if needed). */
	isArticle(uri: vscode.Uri): Promise<boolean>;
	/** The highlights last applied to the file in its visible editors (offset spans per category), if any. */
	getDecorations(uri: vscode.Uri): AppliedDecorations | undefined;
	/** Fires after a file's highlights were updated. */
	readonly onDidUpdateDecorations: vscode.Event<AppliedDecorations>;
	/** Milliseconds `activate()` spent in the extension's own code. */
	readonly activationMs: number;
}

/** The API object; `activationStartedAt` is the `performance.now()` at which `activate()` began. */
export function createApi(services: Services, activationStartedAt = performance.now()): ArticleAnnotatorApi {
	return {
		getAnnotations: (uri) => services.sidecars.getAnnotations(uri),
		async getAnalysis(uri) {
			return services.analyses.get(await vscode.workspace.openTextDocument(uri));
		},
		async isArticle(uri) {
			return services.articles.isAnalysed(await vscode.workspace.openTextDocument(uri));
		},
		getDecorations: (uri) => services.decorations.applied(uri),
		onDidUpdateDecorations: services.decorations.onDidApply,
		activationMs: performance.now() - activationStartedAt,
	};
}
