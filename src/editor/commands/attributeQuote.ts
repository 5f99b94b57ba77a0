import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../../analysis';
import { candidateSpeakers } from '../analysis/analysisLookup';
import { CommandIds } from '../commandIds';
import { actorKindLabel } from '../actorKindLabels';
import type { Services } from '../services';

/** Arguments of the attribute command: the quote's span, and the speaker's canonical name to skip the picker. */
export interface AttributeQuoteArgs {
	readonly uri: string;
	readonly start: number;
	readonly end: number;
	/** Canonical name of the speaker, or null for "no named speaker"; absent to ask the analyst. */
	readonly speaker?: string | null;
}

/** Registers the command that sets a quote's speaker (quick fix, hover link, scripts). */
export function registerAttributeQuote(services: Services): vscode.Disposable {
	return vscode.commands.registerCommand(CommandIds.attributeQuote, async (args: AttributeQuoteArgs) => {
		const uri = vscode.Uri.parse(args.uri);
		const document = await vscode.workspace.openTextDocument(uri);
		const analysis = services.analyses.get(document);
		const speaker = args.speaker !== undefined ? args.speaker : await pickSpeaker(analysis, args);
		if (speaker === undefined) return;
		const quote = analysis.quotes.find((candidate) => candidate.start === args.start && candidate.end === args.end);
		const exact = quote?.text ?? document.getText(new vscode.Range(document.positionAt(args.start), document.positionAt(args.end)));
		try {
			await services.overrides.setQuoteSpeaker(uri, { exact, start: args.start, speaker });
		} catch (error) {
			void vscode.window.showErrorMessage(vscode.l10n.t("The quote's speaker could not be stored: {0}", String(error)));
		}
	});
}

/** Asks for the speaker among the article's actors, nearest the quote first; undefined when dismissed. */
async function pickSpeaker(
	analysis: ArticleAnalysis,
	quote: AttributeQuoteArgs,
): Promise<string | null | undefined> {
	const items: Array<vscode.QuickPickItem & { speaker: string | null }> = [
		...candidateSpeakers(analysis, quote).map((actor) => ({
			label: actor.name,
			description: actor.role ? `${actorKindLabel(actor.kind)} · ${actor.role}` : actorKindLabel(actor.kind),
			speaker: actor.name,
		})),
		{ label: vscode.l10n.t('No named speaker'), speaker: null },
	];
	const picked = await vscode.window.showQuickPick(items, {
		title: vscode.l10n.t('Attribute this quote to…'),
		placeHolder: vscode.l10n.t('Actors of this article, nearest the quote first'),
		matchOnDescription: true,
	});
	return picked?.speaker;
}
