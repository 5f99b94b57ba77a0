/** The annotations outline over one article or many: groups built lazily, children cached, parents linked for reveal. */
import type { ActorKind } from '../analysis/types';
import type { ArticleEntry, IndexedActor, IndexedDate, IndexedQuote } from './articleEntry';
import { actorKey } from './articleEntry';
import { isEmptyFilter, matchesClaim, matchesDate, type IndexFilter } from './indexFilter';
import {
	OUTLINE_GROUPS,
	type ActorNode,
	type GroupNode,
	type OutlineGroup,
	type OutlineNode,
	type OutlineScope,
	type SpeakerNode,
} from './outlineNodes';
import { timexSortKey } from './timexSortKey';

const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'place'];

interface ActorGroup {
	readonly key: string;
	readonly name: string;
	readonly kind: ActorKind;
	readonly appearances: Array<{ entry: ArticleEntry; actor: IndexedActor }>;
	mentions: number;
	quotes: Array<{ entry: ArticleEntry; quote: IndexedQuote }>;
}

interface SpeakerGroup {
	readonly key: string | null;
	readonly name: string | null;
	readonly kind: ActorKind | undefined;
	readonly quotes: Array<{ entry: ArticleEntry; quote: IndexedQuote }>;
}

interface TimelineItem {
	readonly entry: ArticleEntry;
	readonly date: IndexedDate;
	readonly sortKey: string | null;
}

/**
 * What the annotations tree shows. Construct one per state of the data (it is cheap: groups are gathered
 * only when first asked for) and read it through `roots`, `children` and `nodeAt`.
 */
export class Outline {
	readonly #entries: readonly ArticleEntry[];
	readonly #scope: OutlineScope;
	readonly #filter: IndexFilter;
	/** The key of the filter's actor: only that actor's node and quotes are shown. */
	readonly #onlyActor: string | undefined;
	readonly #children = new Map<string, OutlineNode[]>();
	#actors?: Map<string, ActorGroup>;
	#speakers?: Map<string | null, SpeakerGroup>;
	#timeline?: TimelineItem[];

	/** `filter` narrows the items of the workspace scope; the entries are expected to be filtered already. */
	constructor(entries: readonly ArticleEntry[], scope: OutlineScope, filter: IndexFilter = {}) {
		this.#entries = entries;
		this.#scope = scope;
		this.#filter = scope === 'workspace' ? filter : {};
		this.#onlyActor = this.#filter.actor === undefined ? undefined : actorKey(this.#filter.actor);
	}

	get scope(): OutlineScope {
		return this.#scope;
	}

	/** The top-level groups, or none when there is nothing to show (the view then shows its welcome). */
	roots(): GroupNode[] {
		if (this.#entries.length === 0) return [];
		return this.#cached('', () => OUTLINE_GROUPS.map((group) => ({ type: 'group' as const, id: group, group, count: this.#groupCount(group) }))) as GroupNode[];
	}

	/** The children of a node (the roots for undefined). */
	children(node?: OutlineNode): OutlineNode[] {
		if (!node) return this.roots();
		return this.#cached(node.id, () => this.#build(node));
	}

	/** The deepest node whose text contains `offset` in the article `uri`: a claim, else a quote, a date, a mention. */
	nodeAt(uri: string, offset: number): OutlineNode | undefined {
		const contains = (location: { start: number; end: number }) => location.start <= offset && offset <= location.end;
		const entry = this.#entries.find((candidate) => candidate.uri === uri);
		if (!entry) return undefined;
		const claim = entry.claims.find(contains);
		if (claim) return this.#findLeaf(claim.orphaned ? ['orphaned'] : ['claims', `claims/${claim.tag}`], uri, claim.start);
		const quote = entry.quotes.find(contains);
		if (quote) return this.#findLeaf(['quotes', `quotes/${quote.speakerKey ?? ''}`], uri, quote.start);
		const date = entry.dates.find(contains);
		if (date) {
			const sortKey = date.value === undefined ? null : timexSortKey(date.value);
			const path = this.#scope === 'workspace' ? ['timeline', `timeline/${sortKey?.slice(0, 7) ?? ''}`] : ['timeline'];
			return this.#findLeaf(path, uri, date.start);
		}
		for (const actor of entry.actors) {
			const mention = actor.mentions.find(contains);
			if (mention) return this.#findLeaf(['actors', `actors/${actor.kind}`, `actors/${actor.kind}/${actor.key}`], uri, mention.start);
		}
		return undefined;
	}

	/** A string that changes when anything under `node` changes; compares outlines to refresh only what changed. */
	signature(node: OutlineNode): string {
		return JSON.stringify(node, (key, value: unknown) => (key === 'parent' ? undefined : value)) + this.children(node).map((child) => this.signature(child)).join('');
	}

	#findLeaf(path: readonly string[], uri: string, start: number): OutlineNode | undefined {
		let nodes = this.roots() as OutlineNode[];
		for (const id of path) {
			const parent = nodes.find((node) => node.id === id);
			if (!parent) return undefined;
			nodes = this.children(parent);
		}
		return nodes.find((node) => 'location' in node && node.location.uri === uri && node.location.start === start);
	}

	#cached(id: string, build: () => OutlineNode[]): OutlineNode[] {
		let nodes = this.#children.get(id);
		if (!nodes) this.#children.set(id, (nodes = build()));
		return nodes;
	}

	/** A group's size without gathering it: the workspace scope shows the roots of thousands of articles at once. */
	#groupCount(group: OutlineGroup): number {
		const onlyActor = this.#onlyActor;
		let count = 0;
		switch (group) {
			case 'actors': {
				if (this.#actors) return this.#actors.size;
				const keys = new Set<string>();
				for (const entry of this.#entries) for (const actor of entry.actors) if (onlyActor === undefined || actor.key === onlyActor) keys.add(actor.key);
				return keys.size;
			}
			case 'quotes':
				for (const entry of this.#entries) count += onlyActor === undefined ? entry.quotes.length : entry.quotes.filter((quote) => quote.speakerKey === onlyActor).length;
				return count;
			case 'timeline':
				for (const entry of this.#entries) count += entry.dates.filter((date) => matchesDate(date, this.#filter)).length;
				return count;
			case 'claims':
			case 'orphaned':
				return this.#claims(group === 'orphaned').length;
		}
	}

	#build(node: OutlineNode): OutlineNode[] {
		switch (node.type) {
			case 'group':
				return this.#buildGroup(node);
			case 'actorKind':
				return [...this.#actorGroups().values()]
					.filter((actor) => actor.kind === node.kind)
					.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
					.map((actor) => this.#actorNode(actor, node));
			case 'actor':
				return this.#buildActor(node);
			case 'speaker':
				return (this.#speakerGroups().get(node.key)?.quotes ?? []).map(({ entry, quote }) => this.#quoteNode(entry, quote, node));
			case 'period':
				return this.#timelineItems()
					.filter((item) => (item.sortKey?.slice(0, 7) ?? null) === node.period)
					.map((item) => this.#dateNode(item, node));
			case 'tag':
				return this.#claims(false)
					.filter(({ claim }) => claim.tag === node.tag)
					.map(({ entry, claim }) => ({ type: 'claim' as const, id: `${node.id}/${entry.uri}@${claim.start}#${claim.id}`, parent: node, claim, location: { uri: entry.uri, start: claim.start, end: claim.end } }));
			default:
				return [];
		}
	}

	#buildGroup(node: GroupNode): OutlineNode[] {
		switch (node.group) {
			case 'actors':
				return ACTOR_KINDS.map((kind) => ({ type: 'actorKind' as const, id: `actors/${kind}`, parent: node, kind, count: [...this.#actorGroups().values()].filter((actor) => actor.kind === kind).length })).filter(
					(kindNode) => kindNode.count > 0,
				);
			case 'quotes':
				return [...this.#speakerGroups().values()]
					.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : b.quotes.length - a.quotes.length || (a.name ?? '').localeCompare(b.name ?? '')))
					.map((speaker): SpeakerNode => ({ type: 'speaker', id: `quotes/${speaker.key ?? ''}`, parent: node, key: speaker.key, name: speaker.name, kind: speaker.kind, count: speaker.quotes.length }));
			case 'timeline':
				return this.#scope === 'article' ? this.#timelineItems().map((item) => this.#dateNode(item, node)) : this.#periods(node);
			case 'claims': {
				const counts = new Map<string, number>();
				for (const { claim } of this.#claims(false)) counts.set(claim.tag, (counts.get(claim.tag) ?? 0) + 1);
				return [...counts]
					.sort(([a], [b]) => a.localeCompare(b))
					.map(([tag, count]) => ({ type: 'tag' as const, id: `claims/${tag}`, parent: node, tag, count }));
			}
			case 'orphaned':
				return this.#claims(true).map(({ entry, claim }) => ({ type: 'claim' as const, id: `orphaned/${entry.uri}@${claim.start}#${claim.id}`, parent: node, claim, location: { uri: entry.uri, start: claim.start, end: claim.end } }));
		}
	}

	#buildActor(node: ActorNode): OutlineNode[] {
		const actor = this.#actorGroups().get(node.key);
		if (!actor) return [];
		const quotes = actor.quotes.map(({ entry, quote }) => this.#quoteNode(entry, quote, node, '/q'));
		const mentions = actor.appearances.flatMap(({ entry, actor: indexed }) =>
			indexed.mentions.map((mention) => ({ type: 'mention' as const, id: `${node.id}/m/${entry.uri}@${mention.start}`, parent: node, text: mention.text, location: { uri: entry.uri, start: mention.start, end: mention.end } })),
		);
		return [...quotes, ...mentions];
	}

	#actorNode(actor: ActorGroup, parent: OutlineNode): ActorNode {
		return {
			type: 'actor',
			id: `actors/${actor.kind}/${actor.key}`,
			parent,
			key: actor.key,
			name: actor.name,
			kind: actor.kind,
			mentions: actor.mentions,
			quotes: actor.quotes.length,
			articles: new Set(actor.appearances.map(({ entry }) => entry.uri)).size,
		};
	}

	#quoteNode(entry: ArticleEntry, quote: IndexedQuote, parent: OutlineNode, infix = ''): OutlineNode {
		return {
			type: 'quote',
			id: `${parent.id}${infix}/${entry.uri}@${quote.start}`,
			parent,
			text: quote.text,
			speakerName: quote.speakerName,
			...(quote.attribution === undefined ? {} : { attribution: quote.attribution }),
			location: { uri: entry.uri, start: quote.start, end: quote.end },
		};
	}

	#dateNode(item: TimelineItem, parent: OutlineNode): OutlineNode {
		const { entry, date } = item;
		return {
			type: 'date',
			id: `${parent.id}/${entry.uri}@${date.start}`,
			parent,
			text: date.text,
			...(date.value === undefined ? {} : { value: date.value }),
			location: { uri: entry.uri, start: date.start, end: date.end },
		};
	}

	#periods(parent: GroupNode): OutlineNode[] {
		const counts = new Map<string | null, number>();
		for (const item of this.#timelineItems()) {
			const period = item.sortKey?.slice(0, 7) ?? null;
			counts.set(period, (counts.get(period) ?? 0) + 1);
		}
		return [...counts].map(([period, count]) => ({ type: 'period' as const, id: `timeline/${period ?? ''}`, parent, period, count }));
	}

	#actorGroups(): Map<string, ActorGroup> {
		if (this.#actors) return this.#actors;
		const onlyKey = this.#onlyActor;
		const actors = new Map<string, ActorGroup>();
		for (const entry of this.#entries) {
			for (const actor of entry.actors) {
				if (onlyKey !== undefined && actor.key !== onlyKey) continue;
				let group = actors.get(actor.key);
				if (!group) actors.set(actor.key, (group = { key: actor.key, name: actor.name, kind: actor.kind, appearances: [], mentions: 0, quotes: [] }));
				group.appearances.push({ entry, actor });
				group.mentions += actor.mentions.length;
			}
			for (const quote of entry.quotes) {
				if (quote.speakerKey !== null) actors.get(quote.speakerKey)?.quotes.push({ entry, quote });
			}
		}
		return (this.#actors = actors);
	}

	#speakerGroups(): Map<string | null, SpeakerGroup> {
		if (this.#speakers) return this.#speakers;
		const onlyKey = this.#onlyActor;
		const speakers = new Map<string | null, SpeakerGroup>();
		for (const entry of this.#entries) {
			for (const quote of entry.quotes) {
				if (onlyKey !== undefined && quote.speakerKey !== onlyKey) continue;
				let speaker = speakers.get(quote.speakerKey);
				if (!speaker) {
					const kind = entry.actors.find((actor) => actor.key === quote.speakerKey)?.kind;
					speakers.set(quote.speakerKey, (speaker = { key: quote.speakerKey, name: quote.speakerName, kind, quotes: [] }));
				}
				speaker.quotes.push({ entry, quote });
			}
		}
		return (this.#speakers = speakers);
	}

	/** Dates ordered by resolved value (text order among equals), unresolved last in text order. */
	#timelineItems(): TimelineItem[] {
		if (this.#timeline) return this.#timeline;
		const items: TimelineItem[] = [];
		for (const entry of this.#entries) {
			for (const date of entry.dates) {
				if (!matchesDate(date, this.#filter)) continue;
				items.push({ entry, date, sortKey: date.value === undefined ? null : timexSortKey(date.value) });
			}
		}
		// Array.prototype.sort is stable: equal keys keep article and text order.
		items.sort((a, b) => (a.sortKey === b.sortKey ? 0 : a.sortKey === null ? 1 : b.sortKey === null ? -1 : a.sortKey < b.sortKey ? -1 : 1));
		return (this.#timeline = items);
	}

	#claims(orphaned: boolean): Array<{ entry: ArticleEntry; claim: ArticleEntry['claims'][number] }> {
		const filtered = !isEmptyFilter(this.#filter);
		return this.#entries.flatMap((entry) =>
			entry.claims.filter((claim) => claim.orphaned === orphaned && (!filtered || matchesClaim(claim, this.#filter))).map((claim) => ({ entry, claim })),
		);
	}
}

/**
 * The top-level groups of `after` whose content differs from `before`, or 'all' when the groups
 * themselves appeared or went (so the whole tree must be refreshed).
 */
export function changedGroups(before: Outline, after: Outline): GroupNode[] | 'all' {
	const [oldRoots, newRoots] = [before.roots(), after.roots()];
	if (oldRoots.length !== newRoots.length) return 'all';
	return newRoots.filter((root, index) => before.signature(oldRoots[index]) !== after.signature(root));
}
