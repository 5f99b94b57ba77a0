/** Actor mentions in text order, for finding the actor named at a place and the last person before it. */
import type { Actor } from '../types';
import { countBelow } from '../../shared/sortedSearch';

/** One mention with the index of its actor. */
export interface IndexedMention {
	start: number;
	end: number;
	actor: Actor;
}

/** How far back a pronoun or description looks for its person, in mentions. */
const LOOKBACK_MENTIONS = 60;

/**
 * `mentions` by start, the longer first where two start together, else in their given order: what a stable sort would
 * give, but sorting numbers (start and given index in one key) spares a comparator call per comparison.
 */
function inTextOrder(mentions: readonly IndexedMention[]): IndexedMention[] {
	const count = mentions.length;
	// Exact while the text length times the number of mentions stays below 2^53.
	const keys = new Float64Array(count);
	for (let i = 0; i < count; i++) keys[i] = mentions[i].start * count + i;
	keys.sort();
	const sorted: IndexedMention[] = [];
	for (let k = 0; k < count; k++) {
		const mention = mentions[keys[k] % count];
		let at = sorted.length;
		sorted.push(mention);
		for (; at > 0 && sorted[at - 1].start === mention.start && sorted[at - 1].end < mention.end; at--) sorted[at] = sorted[at - 1];
		sorted[at] = mention;
	}
	return sorted;
}

/** Sorted mentions with lookups by range; ranges `excluded` (quoted text) are skipped when looking back for a person. */
export class MentionIndex {
	readonly #mentions: IndexedMention[];
	/** The mentions' ends, ascending, and those of the excluded ranges: searched as plain numbers. */
	readonly #ends: number[];
	readonly #excluded: ReadonlyArray<{ start: number; end: number }>;
	readonly #excludedEnds: number[];
	readonly #people: ReadonlySet<string>;

	constructor(actors: readonly Actor[], excluded: ReadonlyArray<{ start: number; end: number }>) {
		const mentions: IndexedMention[] = [];
		const people = new Set<string>();
		// Index loops: cheaper than iterators while the code still runs in the interpreter (the first articles of a process).
		for (let a = 0; a < actors.length; a++) {
			const actor = actors[a];
			for (let m = 0; m < actor.mentions.length; m++) mentions.push({ start: actor.mentions[m].start, end: actor.mentions[m].end, actor });
			if (actor.kind === 'person') people.add(actor.id);
		}
		this.#mentions = inTextOrder(mentions);
		this.#ends = this.#mentions.map((mention) => mention.end);
		this.#excluded = excluded;
		this.#excludedEnds = excluded.map((range) => range.end);
		this.#people = people;
	}

	/** True when the actor with this id is a person. */
	isPerson(actorId: string): boolean {
		return this.#people.has(actorId);
	}

	/** Mentions overlapping `[from, to)`, in text order. */
	within(from: number, to: number): IndexedMention[] {
		const found: IndexedMention[] = [];
		for (let i = this.#firstEndingAfter(from); i < this.#mentions.length && this.#mentions[i].start < to; i++) {
			if (this.#mentions[i].end > from) found.push(this.#mentions[i]);
		}
		return found;
	}

	/** The first mention overlapping `[from, to)`, if any: `within(from, to)[0]` without building the list. */
	first(from: number, to: number): IndexedMention | undefined {
		for (let i = this.#firstEndingAfter(from); i < this.#mentions.length && this.#mentions[i].start < to; i++) {
			if (this.#mentions[i].end > from) return this.#mentions[i];
		}
		return undefined;
	}

	/** The last mention overlapping `[from, to)`, if any: `within(from, to)` at its end, without building the list. */
	last(from: number, to: number): IndexedMention | undefined {
		let found: IndexedMention | undefined;
		for (let i = this.#firstEndingAfter(from); i < this.#mentions.length && this.#mentions[i].start < to; i++) {
			if (this.#mentions[i].end > from) found = this.#mentions[i];
		}
		return found;
	}

	/** The last person mentioned before `position` outside quoted text, that `fits` when it is given. */
	lastPersonBefore(position: number, fits?: (mention: IndexedMention) => boolean): IndexedMention | undefined {
		let seen = 0;
		for (let i = this.#firstEndingAfter(position) - 1; i >= 0 && seen < LOOKBACK_MENTIONS; i--, seen++) {
			const mention = this.#mentions[i];
			if (mention.end > position || mention.actor.kind !== 'person' || this.#isExcluded(mention.start)) continue;
			if (fits === undefined || fits(mention)) return mention;
		}
		return undefined;
	}

	/** Index of the first mention that ends after `position` (mentions do not nest, so ends ascend with starts). */
	#firstEndingAfter(position: number): number {
		return countBelow(this.#ends, position + 1);
	}

	#isExcluded(position: number): boolean {
		const ranges = this.#excluded;
		const index = countBelow(this.#excludedEnds, position + 1);
		return index < ranges.length && ranges[index].start <= position;
	}
}
