import type * as vscode from 'vscode';
import type { ArticleAnalysis } from '../../analysis';
import type { ArticleFiles } from '../articles/articleFiles';
import type { DocumentAnalyses } from './documentAnalyses';

/** The analysis of the document when the editor features work on it (an article under the size limit). */
export function articleAnalysisOf(
	services: { readonly articles: ArticleFiles; readonly analyses: DocumentAnalyses },
	document: vscode.TextDocument,
): ArticleAnalysis | undefined {
	return services.articles.isAnalysed(document) ? services.analyses.get(document) : undefined;
}
