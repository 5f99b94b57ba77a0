import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../analysis';
import type { Services } from './services';

/** What `activate()` returns, for tests, scripts and other extensions. */
export interface ArticleAnnotatorApi {
	/** The analysis of the document as currently open (opened if needed): the CLI's plain data. */
	getAnalysis(uri: vscode.Uri): Promise<ArticleAnalysis>;
}

export function createApi(services: Services): ArticleAnnotatorApi {
	return {
		async getAnalysis(uri) {
			return services.analyses.get(await vscode.workspace.openTextDocument(uri));
		},
	};
}
