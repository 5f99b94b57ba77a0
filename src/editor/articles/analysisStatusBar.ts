import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { Services } from '../services';

/**
 * A status-bar item for the file at hand, where it may be an article: shows whether it is analysed
 * (or too large) and toggles analysis for that file when clicked.
 */
export function registerAnalysisStatusBar(services: Services): vscode.Disposable {
	const item = vscode.window.createStatusBarItem('articleAnnotator.analysis', vscode.StatusBarAlignment.Right, 100);
	item.name = vscode.l10n.t('Article analysis');
	item.command = CommandIds.toggleAnalysis;
	const update = (): void => {
		const document = vscode.window.activeTextEditor?.document;
		if (!document || !services.articles.mayBeArticle(document)) {
			item.hide();
			return;
		}
		const { articles, settings } = services;
		if (articles.isArticle(document) && articles.isTooLarge(document)) {
			item.text = `$(warning) ${vscode.l10n.t('Article too large')}`;
			item.tooltip = vscode.l10n.t(
				'Over the limit of {0} MB for live analysis (setting articleAnnotator.maxArticleSizeMB). Click to turn analysis off for this file.',
				settings.current.maxArticleSizeBytes / 1024 / 1024,
			);
		} else if (articles.isArticle(document)) {
			const analysis = services.live.latest(document)?.analysis;
			item.text = `$(eye) ${vscode.l10n.t('Article')}`;
			item.tooltip = analysis
				? vscode.l10n.t(
						'Analysed as an article: {0} actors, {1} quotes, {2} dates. Click to turn analysis off for this file.',
						analysis.actors.length,
						analysis.quotes.length,
						analysis.dates.length,
					)
				: vscode.l10n.t('Analysed as an article. Click to turn analysis off for this file.');
		} else {
			item.text = `$(eye-closed) ${vscode.l10n.t('Article')}`;
			item.tooltip = vscode.l10n.t('Not analysed. Click to analyse this file as an article.');
		}
		item.show();
	};
	update();
	return vscode.Disposable.from(
		item,
		vscode.window.onDidChangeActiveTextEditor(update),
		services.articles.onDidChange(update),
		services.live.onDidAnalyse(({ document }) => {
			if (document === vscode.window.activeTextEditor?.document) update();
		}),
	);
}
