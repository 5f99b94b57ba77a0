import * as vscode from 'vscode';
import type { ActorKind } from '../../analysis';
import type { ClaimStatus } from '../../annotations/sidecarSchema';
import type { OutlineGroup, OutlineLocation, OutlineNode, OutlineScope } from '../../index';
import { hasChildren } from '../../index';
import { actorKindGroupLabel } from '../actorKindLabels';
import { CommandIds } from '../commandIds';
import { shorten } from '../hovers/markdownText';

const LABEL_LENGTH = 90;

function groupLabel(group: OutlineGroup): string {
	switch (group) {
		case 'actors':
			return vscode.l10n.t('Actors');
		case 'quotes':
			return vscode.l10n.t('Quotes');
		case 'timeline':
			return vscode.l10n.t('Timeline');
		case 'claims':
			return vscode.l10n.t('Claims');
		case 'orphaned':
			return vscode.l10n.t('Orphaned');
	}
}

const GROUP_ICONS: Record<OutlineGroup, string> = { actors: 'organization', quotes: 'quote', timeline: 'calendar', claims: 'tag', orphaned: 'debug-disconnect' };
const KIND_ICONS: Record<ActorKind, string> = { person: 'person', organization: 'organization', place: 'location' };

/** Icons of claim statuses, with theme colours so the status reads at a glance. */
const STATUS_ICONS: Record<ClaimStatus, [string, string | undefined]> = {
	unverified: ['circle-large-outline', undefined],
	verified: ['pass-filled', 'testing.iconPassed'],
	disputed: ['warning', 'list.warningForeground'],
	false: ['error', 'list.errorForeground'],
	misleading: ['question', 'list.warningForeground'],
};

/** The tree item of an outline node, as the annotations view shows it. */
export function toTreeItem(node: OutlineNode, scope: OutlineScope): vscode.TreeItem {
	const item = new vscode.TreeItem(label(node), collapsibleState(node, scope));
	item.id = node.id;
	item.description = description(node, scope);
	item.contextValue = contextValue(node);
	item.iconPath = icon(node);
	if ('location' in node) {
		item.command = { title: vscode.l10n.t('Show in the Article'), command: CommandIds.revealInArticle, arguments: [node.location] };
		item.tooltip = tooltip(node);
	}
	return item;
}

function label(node: OutlineNode): string {
	switch (node.type) {
		case 'group':
			return groupLabel(node.group);
		case 'actorKind':
			return actorKindGroupLabel(node.kind);
		case 'actor':
			return node.name;
		case 'speaker':
			return node.name ?? vscode.l10n.t('Unattributed');
		case 'period':
			return node.period === null ? vscode.l10n.t('Unresolved') : monthName(node.period);
		case 'tag':
			return node.tag;
		case 'claim':
			return shorten(node.claim.text, LABEL_LENGTH);
		default:
			return shorten(node.text, LABEL_LENGTH);
	}
}

function description(node: OutlineNode, scope: OutlineScope): string {
	const where = 'location' in node && scope === 'workspace' ? articleName(node.location.uri) : undefined;
	if ('count' in node) return String(node.count);
	const parts: Array<string | undefined> = [];
	switch (node.type) {
		case 'actor':
			parts.push(node.mentions === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', node.mentions));
			if (node.quotes) parts.push(node.quotes === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', node.quotes));
			if (scope === 'workspace') parts.push(articleCount(node.articles));
			break;
		case 'mention':
			parts.push(where ?? lineOf(node.location));
			break;
		case 'quote':
			parts.push(node.parent?.type === 'speaker' ? undefined : (node.speakerName ?? undefined), where);
			break;
		case 'date':
			parts.push(node.value ?? vscode.l10n.t('unresolved'), where);
			break;
		case 'claim':
			parts.push(node.claim.status, node.parent?.type === 'tag' ? undefined : node.claim.tag, node.claim.note || undefined, where);
			break;
	}
	return parts.filter((part) => part !== undefined).join(' · ');
}

/** `contextValue`s are space-separated words that `when` clauses match with `=~ /\bword\b/`. */
function contextValue(node: OutlineNode): string {
	switch (node.type) {
		case 'claim':
			return `claim status-${node.claim.status}${node.claim.orphaned ? ' orphaned' : ''}`;
		case 'group':
			return `group group-${node.group}`;
		default:
			return node.type;
	}
}

function icon(node: OutlineNode): vscode.ThemeIcon | undefined {
	switch (node.type) {
		case 'group':
			return new vscode.ThemeIcon(GROUP_ICONS[node.group]);
		case 'actorKind':
		case 'actor':
			return new vscode.ThemeIcon(KIND_ICONS[node.kind]);
		case 'speaker':
			return new vscode.ThemeIcon(node.kind ? KIND_ICONS[node.kind] : 'question');
		case 'quote':
			return new vscode.ThemeIcon('quote');
		case 'date':
		case 'period':
			return new vscode.ThemeIcon('calendar');
		case 'tag':
			return new vscode.ThemeIcon('tag');
		case 'claim': {
			const [id, color] = STATUS_ICONS[node.claim.status];
			return new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);
		}
		default:
			return undefined;
	}
}

function tooltip(node: OutlineNode): string | undefined {
	switch (node.type) {
		case 'quote':
			return [node.text, node.speakerName && `— ${node.speakerName}`, node.attribution && `(${node.attribution})`].filter(Boolean).join('\n');
		case 'claim':
			return [node.claim.text, node.claim.note].filter(Boolean).join('\n\n');
		default:
			return undefined;
	}
}

function collapsibleState(node: OutlineNode, scope: OutlineScope): vscode.TreeItemCollapsibleState {
	if (!hasChildren(node)) return vscode.TreeItemCollapsibleState.None;
	const expanded = scope === 'article' && (node.type === 'group' || node.type === 'actorKind');
	return expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
}

/** `2022-02` as the display language writes a month: "February 2022". */
function monthName(period: string): string {
	const month = new Date(`${period}-01T00:00:00Z`);
	return Number.isNaN(month.getTime()) ? period : new Intl.DateTimeFormat(vscode.env.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(month);
}

/** "1 article", "5 articles". */
export function articleCount(count: number): string {
	return count === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', count);
}

/** The article's path relative to the workspace. */
export function articleName(uri: string): string {
	return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}

/** `Ln N` of a location in its open document, or nothing when the document is not open. */
function lineOf(location: OutlineLocation): string | undefined {
	const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === location.uri);
	return document && vscode.l10n.t('Ln {0}', document.positionAt(location.start).line + 1);
}
