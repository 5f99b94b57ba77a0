import * as vscode from 'vscode';
import type { DecorationCategory } from './decorationSpans';

/** The colour id pair each category takes from `contributes.colors`. */
export function categoryColorIds(category: DecorationCategory): { background: string; border: string } {
	return { background: `articleAnnotator.${category}Background`, border: `articleAnnotator.${category}Border` };
}

/** Creates the decoration type of one category: a tinted background and an underline in themable colours. */
export function createDecorationType(category: DecorationCategory): vscode.TextEditorDecorationType {
	const colors = categoryColorIds(category);
	const border = new vscode.ThemeColor(colors.border);
	return vscode.window.createTextEditorDecorationType({
		backgroundColor: new vscode.ThemeColor(colors.background),
		borderColor: border,
		borderStyle: category === 'date' ? 'none none dotted none' : 'none none solid none',
		borderWidth: category === 'quote' ? '0 0 1px 0' : '0 0 2px 0',
		fontStyle: category === 'quote' ? 'italic' : undefined,
		overviewRulerColor: category === 'quote' ? undefined : border,
		overviewRulerLane: vscode.OverviewRulerLane.Right,
		rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
	});
}
