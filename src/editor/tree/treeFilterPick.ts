import * as vscode from 'vscode';
import { CLAIM_STATUSES, type ClaimStatus } from '../../annotations/sidecarSchema';
import { parseDateRange, type IndexFilter, type WorkspaceIndex } from '../../index';
import { articleCount } from './treeItems';

/** Asks for one more condition of the workspace filter (actor, tag, status or date range); undefined when dismissed. */
export async function pickTreeFilter(index: WorkspaceIndex, current: IndexFilter): Promise<IndexFilter | undefined> {
	const fields = [
		{ label: vscode.l10n.t('Actor'), field: 'actor' as const, description: current.actor },
		{ label: vscode.l10n.t('Claim tag'), field: 'tag' as const, description: current.tag },
		{ label: vscode.l10n.t('Claim status'), field: 'status' as const, description: current.status },
		{ label: vscode.l10n.t('Date range'), field: 'dates' as const, description: current.from || current.to ? `${current.from ?? ''}..${current.to ?? ''}` : undefined },
	];
	const field = await vscode.window.showQuickPick(fields, { title: vscode.l10n.t('Filter the Workspace Annotations') });
	switch (field?.field) {
		case 'actor': {
			const actor = await vscode.window.showQuickPick(
				index.actors().map((entry) => ({ label: entry.name, description: articleCount(entry.articles) })),
				{ title: vscode.l10n.t('Articles that mention'), matchOnDescription: false },
			);
			return actor && { ...current, actor: actor.label };
		}
		case 'tag': {
			const tags = [...new Set(index.claims().map((claim) => claim.tag))].sort();
			const tag = await vscode.window.showQuickPick(tags, { title: vscode.l10n.t('Claims tagged') });
			return tag === undefined ? undefined : { ...current, tag };
		}
		case 'status': {
			const status = await vscode.window.showQuickPick([...CLAIM_STATUSES], { title: vscode.l10n.t('Claims whose status is') });
			return status === undefined ? undefined : { ...current, status: status as ClaimStatus };
		}
		case 'dates': {
			const range = await vscode.window.showInputBox({
				title: vscode.l10n.t('Articles dated within'),
				prompt: vscode.l10n.t('From and to, YYYY-MM-DD..YYYY-MM-DD; either side may be empty'),
				value: `${current.from ?? ''}..${current.to ?? ''}`,
				validateInput: (value) => (parseDateRange(value) ? undefined : vscode.l10n.t('Write YYYY-MM-DD..YYYY-MM-DD')),
			});
			const parsed = range === undefined ? undefined : parseDateRange(range);
			if (!parsed) return undefined;
			return { actor: current.actor, tag: current.tag, status: current.status, ...parsed };
		}
		default:
			return undefined;
	}
}
