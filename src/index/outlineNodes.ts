/** The nodes of the annotations outline: plain data the editor turns into tree items. */
import type { ActorKind } from '../analysis/types';
import type { IndexedClaim } from './articleEntry';

export type OutlineScope = 'article' | 'workspace';

export const OUTLINE_GROUPS = ['actors', 'quotes', 'timeline', 'claims', 'orphaned'] as const;
export type OutlineGroup = (typeof OUTLINE_GROUPS)[number];

/** Where a node's text is: the article's URI string and UTF-16 offsets. */
export interface OutlineLocation {
	readonly uri: string;
	readonly start: number;
	readonly end: number;
}

interface NodeBase {
	/** Stable across rebuilds while the thing it shows stays the same. */
	readonly id: string;
	readonly parent?: OutlineNode;
}

export interface GroupNode extends NodeBase {
	readonly type: 'group';
	readonly group: OutlineGroup;
	readonly count: number;
}

export interface ActorKindNode extends NodeBase {
	readonly type: 'actorKind';
	readonly kind: ActorKind;
	readonly count: number;
}

export interface ActorNode extends NodeBase {
	readonly type: 'actor';
	readonly key: string;
	readonly name: string;
	readonly kind: ActorKind;
	readonly mentions: number;
	readonly quotes: number;
	readonly articles: number;
}

export interface MentionNode extends NodeBase {
	readonly type: 'mention';
	readonly text: string;
	readonly location: OutlineLocation;
}

/** A speaker under Quotes; `key` null gathers the unattributed quotes. */
export interface SpeakerNode extends NodeBase {
	readonly type: 'speaker';
	readonly key: string | null;
	readonly name: string | null;
	/** The speaker's kind as the article where it first speaks has it. */
	readonly kind: ActorKind | undefined;
	readonly count: number;
}

export interface QuoteNode extends NodeBase {
	readonly type: 'quote';
	readonly text: string;
	readonly speakerName: string | null;
	readonly attribution?: string;
	readonly location: OutlineLocation;
}

/** A month of the workspace timeline (`YYYY-MM`), or null for the unresolved dates. */
export interface PeriodNode extends NodeBase {
	readonly type: 'period';
	readonly period: string | null;
	readonly count: number;
}

export interface DateNode extends NodeBase {
	readonly type: 'date';
	readonly text: string;
	readonly value?: string;
	readonly location: OutlineLocation;
}

export interface TagNode extends NodeBase {
	readonly type: 'tag';
	readonly tag: string;
	readonly count: number;
}

export interface ClaimNode extends NodeBase {
	readonly type: 'claim';
	readonly claim: IndexedClaim;
	readonly location: OutlineLocation;
}

export type OutlineNode = GroupNode | ActorKindNode | ActorNode | MentionNode | SpeakerNode | QuoteNode | PeriodNode | DateNode | TagNode | ClaimNode;

/** Whether the node has children to show. */
export function hasChildren(node: OutlineNode): boolean {
	if ('count' in node) return node.count > 0;
	return node.type === 'actor' && node.mentions + node.quotes > 0;
}
