import * as vscode from 'vscode';
import { SETTINGS_SECTION, SettingKeys } from '../settingKeys';
import type { Services } from '../services';

/**
 * Tells the analyst, once per file and session, that an article over the size limit is shown without
 * live analysis (the editor stays responsive), and how to raise the limit.
 */
export function registerLargeArticleNotice(services: Services): vscode.Disposable {
	const noticed = new Set<string>();
	const check = (): void => {
		for (const { document } of vscode.window.visibleTextEditors) {
			const key = document.uri.toString();
			if (noticed.has(key) || !services.articles.isArticle(document) || !services.articles.isTooLarge(document)) continue;
			noticed.add(key);
			const raise = vscode.l10n.t('Change the limit');
			const message = vscode.l10n.t(
				'{0} is larger than {1} MB: it is shown without highlights, hovers or navigation so the editor stays responsive.',
				vscode.workspace.asRelativePath(document.uri),
				services.settings.current.maxArticleSizeBytes / 1024 / 1024,
			);
			void vscode.window.showInformationMessage(message, raise).then((choice) => {
				if (choice === raise) {
					void vscode.commands.executeCommand('workbench.action.openSettings', `${SETTINGS_SECTION}.${SettingKeys.maxArticleSizeMB}`);
				}
			});
		}
	};
	check();
	return vscode.Disposable.from(vscode.window.onDidChangeVisibleTextEditors(check), services.articles.onDidChange(check));
}
