import * as vscode from 'vscode';
import type { Claim } from '../../annotations/sidecarSchema';
import { CommandIds } from '../commandIds';
import { commandLink, escapeMarkdown, shorten } from '../hovers/markdownText';
import type { SidecarService } from './sidecarService';

/** The commands a claim hover links to: the only ones its Markdown may run. */
const CLAIM_HOVER_COMMANDS = [CommandIds.setClaimStatus, CommandIds.editClaimNote, CommandIds.setClaimSpeaker, CommandIds.removeClaim];

/** Hover on a claim: its tag, status, speaker, note, when it was created and changed, and links to change it. */
export class ClaimHoverProvider implements vscode.HoverProvider {
	readonly #sidecars: SidecarService;

	constructor(sidecars: SidecarService) {
		this.#sidecars = sidecars;
	}

	async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
		if (document.uri.scheme !== 'file') return undefined;
		const annotations = await this.#sidecars.load(document.uri).catch(() => undefined);
		if (!annotations || token.isCancellationRequested) return undefined;
		const offset = document.offsetAt(position);
		const claims = annotations.claimsAt(offset, offset).filter((claim) => claim.target.end > offset || claim.target.start === offset);
		if (claims.length === 0) return undefined;
		const markdown = new vscode.MarkdownString(claims.map((claim) => claimMarkdown(document.uri, claim)).join('\n\n---\n\n'));
		markdown.isTrusted = { enabledCommands: CLAIM_HOVER_COMMANDS };
		const first = claims[0].target;
		return new vscode.Hover(markdown, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
	}
}

/** The hover Markdown of one claim; every piece of analyst or article text is escaped. */
export function claimMarkdown(uri: vscode.Uri, claim: Claim): string {
	const args = { uri: uri.toString(), id: claim.id };
	const lines = [
		`**${escapeMarkdown(vscode.l10n.t('Claim'))}: ${escapeMarkdown(claim.tag)}** · ${escapeMarkdown(claim.status)}`,
		`${escapeMarkdown(vscode.l10n.t('Speaker'))}: ${claim.speaker ? escapeMarkdown(claim.speaker) : '—'}`,
	];
	if (claim.note) lines.push(`${escapeMarkdown(vscode.l10n.t('Note'))}: ${escapeMarkdown(shorten(claim.note, 400))}`);
	lines.push(
		escapeMarkdown(vscode.l10n.t('Created {0}, changed {1}', formatTime(claim.created), formatTime(claim.updated))),
		[
			commandLink(escapeMarkdown(vscode.l10n.t('Set status…')), CommandIds.setClaimStatus, args),
			commandLink(escapeMarkdown(claim.note ? vscode.l10n.t('Edit note…') : vscode.l10n.t('Add note…')), CommandIds.editClaimNote, args),
			commandLink(escapeMarkdown(vscode.l10n.t('Change speaker…')), CommandIds.setClaimSpeaker, args),
			commandLink(escapeMarkdown(vscode.l10n.t('Remove')), CommandIds.removeClaim, args),
		].join(' · '),
	);
	return lines.join('  \n');
}

function formatTime(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(vscode.env.language);
}
