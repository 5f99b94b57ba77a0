import * as vscode from 'vscode';
import { sentenceAt, speakerAround } from '../../annotations/claimContext';
import type { Claim } from '../../annotations/sidecarSchema';
import { shorten } from '../hovers/markdownText';
import { CommandIds } from '../commandIds';
import type { Services } from '../services';
import { claimTags } from './claimSettings';
import type { SidecarService } from './sidecarService';
import type { ClaimArgs, TagClaimArgs } from './claimCommands';

/** The kind of every claim action, so clients can ask for them (`refactor.articleAnnotator.claim`). */
export const CLAIM_ACTION_KIND = vscode.CodeActionKind.Refactor.append('articleAnnotator.claim');

/**
 * Lightbulb actions on a selection, or on the sentence at the cursor: "Tag claim as <tag>" per tag of the
 * vocabulary (speaker filled in from the quote or attribution around it); on an existing claim, set its
 * status, edit its note, change its speaker, remove it; with a selection, re-attach an orphaned claim.
 */
export class ClaimCodeActionProvider implements vscode.CodeActionProvider {
	static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [CLAIM_ACTION_KIND] };
	readonly #services: Services;
	readonly #sidecars: SidecarService;

	constructor(services: Services, sidecars: SidecarService) {
		this.#services = services;
		this.#sidecars = sidecars;
	}

	async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
		if (document.uri.scheme !== 'file' || context.only?.contains(CLAIM_ACTION_KIND) === false) return [];
		const annotations = await this.#sidecars.load(document.uri).catch(() => undefined);
		if (!annotations || this.#sidecars.isPaused(document.uri) || token.isCancellationRequested) return [];
		const text = document.getText();
		const selection = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
		const existing = annotations.claimsAt(selection.start, selection.end);
		const actions = existing.slice(0, 3).flatMap((claim) => this.#claimActions(document.uri, claim));
		const target = selection.start < selection.end ? selection : sentenceAt(text, selection.start);
		if (target && !existing.some((claim) => claim.target.start === target.start && claim.target.end === target.end)) {
			const speaker = speakerAround(this.#services.analyses.get(document), text, target.start, target.end);
			for (const tag of claimTags()) {
				const args: TagClaimArgs = { uri: document.uri.toString(), ...target, tag, speaker };
				actions.push(action(vscode.l10n.t('Tag claim as {0}', tag), { command: CommandIds.tagClaim, title: tag, arguments: [args] }));
			}
		}
		if (selection.start < selection.end) {
			for (const orphan of annotations.claims.filter((claim) => claim.orphaned)) {
				const args: ClaimArgs = { uri: document.uri.toString(), id: orphan.id, ...selection };
				actions.push(action(vscode.l10n.t('Re-attach orphaned claim “{0}” to the selection', shorten(orphan.target.exact, 40)), { command: CommandIds.reattachClaim, title: '', arguments: [args] }));
			}
		}
		return actions;
	}

	#claimActions(uri: vscode.Uri, claim: Claim): vscode.CodeAction[] {
		const args: ClaimArgs = { uri: uri.toString(), id: claim.id };
		const label = `${claim.tag} “${shorten(claim.target.exact, 30)}”`;
		return [
			action(vscode.l10n.t('Set status of {0}… ({1})', label, claim.status), { command: CommandIds.setClaimStatus, title: '', arguments: [args] }),
			action(claim.note ? vscode.l10n.t('Edit note of {0}…', label) : vscode.l10n.t('Add note to {0}…', label), { command: CommandIds.editClaimNote, title: '', arguments: [args] }),
			action(vscode.l10n.t('Change speaker of {0}…', label), { command: CommandIds.setClaimSpeaker, title: '', arguments: [args] }),
			action(vscode.l10n.t('Remove {0}', label), { command: CommandIds.removeClaim, title: '', arguments: [args] }),
		];
	}
}

function action(title: string, command: vscode.Command): vscode.CodeAction {
	const codeAction = new vscode.CodeAction(title, CLAIM_ACTION_KIND);
	codeAction.command = { ...command, title };
	return codeAction;
}
