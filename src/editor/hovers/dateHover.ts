import * as vscode from 'vscode';
import type { DateExpression, DateMod } from '../../analysis';
import { CommandIds } from '../commandIds';
import { hoverMarkdown } from './hoverMarkdown';
import { commandLink, escapeMarkdown } from './markdownText';
import { timexInWords } from './timexText';

/** Where the article's reference date comes from. */
export type ReferenceDateSource = 'dateline' | 'analyst' | 'none';

function modLabel(mod: DateMod): string {
	switch (mod) {
		case 'START':
			return vscode.l10n.t('early');
		case 'MID':
			return vscode.l10n.t('middle');
		case 'END':
			return vscode.l10n.t('late');
	}
}

/** The TIMEX3 value, with the day or month in words and the part of it ("early", "late") where known. */
function valueLabel(value: string, mod: DateMod | undefined): string {
	const words = timexInWords(value, vscode.env.language);
	const details = [words, mod && modLabel(mod)].filter((detail): detail is string => Boolean(detail));
	return details.length > 0 ? `${value} (${details.join(', ')})` : value;
}

function referenceLabel(referenceDate: string | null, source: ReferenceDateSource): string {
	if (!referenceDate || source === 'none') return vscode.l10n.t('Reference date: none');
	return source === 'dateline'
		? vscode.l10n.t('Reference date: {0} (the dateline)', referenceDate)
		: vscode.l10n.t('Reference date: {0} (set by the analyst)', referenceDate);
}

/** The hover of a date: its resolved value, the reference date and how the value was resolved. */
export function dateHover(
	date: DateExpression,
	uri: vscode.Uri,
	referenceDate: string | null,
	source: ReferenceDateSource,
): vscode.MarkdownString {
	const markdown = hoverMarkdown();
	markdown.appendMarkdown(`**${escapeMarkdown(date.text)}** · ${escapeMarkdown(date.type)}\n\n`);
	const value = date.value ? vscode.l10n.t('Value: {0}', valueLabel(date.value, date.mod)) : vscode.l10n.t('Value: not resolved');
	markdown.appendMarkdown(`${escapeMarkdown(value)}\n\n`);
	markdown.appendMarkdown(`${escapeMarkdown(referenceLabel(referenceDate, source))}`);
	if (source === 'none') {
		const link = commandLink(escapeMarkdown(vscode.l10n.t("Set the article's date…")), CommandIds.setArticleDate, {
			uri: uri.toString(),
		});
		markdown.appendMarkdown(` · ${link}`);
	}
	markdown.appendMarkdown('\n\n');
	if (date.resolution) markdown.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Resolved: {0}', date.resolution))}\n\n`);
	return markdown;
}
