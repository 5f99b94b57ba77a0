import * as vscode from 'vscode';
import { isCalendarDay } from '../../analysis';
import { CommandIds } from '../commandIds';
import type { Services } from '../services';

/** Arguments of the set-date command; both optional (the active editor's article, and ask for the day). */
export interface SetArticleDateArgs {
	readonly uri?: string;
	/** `YYYY-MM-DD`; absent to ask the analyst. */
	readonly day?: string;
}

/** Registers the command that sets the reference date of an article whose text has no dateline. */
export function registerSetArticleDate(services: Services): vscode.Disposable {
	return vscode.commands.registerCommand(CommandIds.setArticleDate, async (args: SetArticleDateArgs = {}) => {
		const uri = args.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
		if (!uri) return undefined;
		const day =
			args.day ??
			(await vscode.window.showInputBox({
				title: vscode.l10n.t("Set the article's date"),
				prompt: vscode.l10n.t('The day the article speaks from; relative dates ("on Sunday", "last week") resolve against it.'),
				placeHolder: 'YYYY-MM-DD',
				value: services.overrides.referenceDate(uri) ?? '',
				validateInput: (value) =>
					isCalendarDay(value.trim()) ? undefined : vscode.l10n.t('Enter a real day as YYYY-MM-DD, e.g. 2022-01-28.'),
			}));
		if (day === undefined || !isCalendarDay(day.trim())) return undefined;
		try {
			await services.overrides.setReferenceDate(uri, day.trim());
		} catch (error) {
			void vscode.window.showErrorMessage(vscode.l10n.t("The article's date could not be stored: {0}", String(error)));
			return undefined;
		}
		return day.trim();
	});
}
