import * as vscode from 'vscode';
import type { ArticleAnalysis, Span } from '../../analysis';
import type { AnalysedDocument } from '../analysis/liveAnalysis';
import type { Services } from '../services';
import { FindingCodes, unattributedQuotes, unresolvedRelativeDates } from './articleFindings';

const SOURCE = 'Article Annotator';

/**
 * Information diagnostics on visible articles: relative dates with no reference date and quotes with no
 * speaker, each answered by a quick fix. The setting turns them off.
 */
export function registerArticleDiagnostics(services: Services): vscode.Disposable {
	const collection = vscode.languages.createDiagnosticCollection('articleAnnotator');
	const update = ({ document, analysis }: AnalysedDocument): void => {
		if (!analysis || !services.settings.current.diagnosticsEnabled) collection.delete(document.uri);
		else collection.set(document.uri, diagnosticsOf(document, analysis));
	};
	const refreshAll = (): void => {
		collection.clear();
		for (const editor of vscode.window.visibleTextEditors) {
			const latest = services.live.latest(editor.document);
			if (latest) update(latest);
		}
	};
	return vscode.Disposable.from(
		collection,
		services.live.onDidAnalyse(update),
		services.settings.onDidChange(refreshAll),
		vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
	);
}

function diagnosticsOf(document: vscode.TextDocument, analysis: ArticleAnalysis): vscode.Diagnostic[] {
	const rangeOf = (span: Span): vscode.Range => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
	const diagnostic = (span: Span, message: string, code: string): vscode.Diagnostic => {
		const found = new vscode.Diagnostic(rangeOf(span), message, vscode.DiagnosticSeverity.Information);
		found.source = SOURCE;
		found.code = code;
		return found;
	};
	return [
		...unresolvedRelativeDates(analysis).map((date) =>
			diagnostic(
				date,
				vscode.l10n.t('“{0}” is relative, and the article has no date to resolve it against.', date.text),
				FindingCodes.relativeDateWithoutReference,
			),
		),
		...unattributedQuotes(analysis).map((quote) =>
			diagnostic(quote, vscode.l10n.t('No speaker found for this quote.'), FindingCodes.quoteWithoutSpeaker),
		),
	];
}
