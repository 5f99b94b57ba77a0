/** The analyst's registry applied to the found actors: added names and aliases, corrected kinds and roles, "not an actor". */
import type { ActorKind, RegistryActor } from '../types';
import type { ActorDraft } from './aliases';
import { nameKey, type Gazetteer } from './gazetteer';
import type { Mention } from './mention';

/** The registry prepared for lookups. */
export interface RegistryIndex {
	/** Entry by lower-case name or alias. */
	actors: Map<string, RegistryActor>;
	/** Lower-case names and aliases that are never an actor. */
	blocked: Set<string>;
	/** Finds every name and alias in a text: acronyms case-sensitively, other names in any case. */
	patterns: RegExp[];
	blockedPatterns: RegExp[];
}

const key = (name: string) => nameKey(name).toLowerCase();
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");

const indexes = new WeakMap<readonly RegistryActor[], RegistryIndex>();

/**
 * Indexes a registry; entries without a usable name are skipped. The index is kept per registry array, so
 * re-analysing with the same (unchanged) registry does not rebuild its patterns.
 */
export function indexRegistry(registry: readonly RegistryActor[]): RegistryIndex {
	let index = indexes.get(registry);
	if (!index) {
		index = buildIndex(registry);
		indexes.set(registry, index);
	}
	return index;
}

function buildIndex(registry: readonly RegistryActor[]): RegistryIndex {
	const actors = new Map<string, RegistryActor>();
	const blocked = new Set<string>();
	const found: string[] = [];
	const blockedNames: string[] = [];
	for (const actor of registry) {
		if (!actor || typeof actor.name !== 'string' || !actor.name.trim()) continue;
		const names = [actor.name, ...(Array.isArray(actor.aliases) ? actor.aliases : [])].filter((name): name is string => typeof name === 'string' && name.trim().length > 0);
		for (const name of names) {
			if (actor.notAnActor) {
				blocked.add(key(name));
				blockedNames.push(name);
			} else {
				if (!actors.has(key(name))) actors.set(key(name), actor);
				found.push(name);
			}
		}
	}
	return { actors, blocked, patterns: patternsFor(found), blockedPatterns: patternsFor(blockedNames) };
}

function patternsFor(names: string[]): RegExp[] {
	const sorted = [...new Set(names.map((name) => name.trim()))].sort((a, b) => b.length - a.length);
	const exact = sorted.filter((name) => !/\p{Ll}/u.test(name)).map(escape);
	const anyCase = sorted.filter((name) => /\p{Ll}/u.test(name)).map(escape);
	const wrap = (list: string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, flags);
	return [...(exact.length ? [wrap(exact, 'gu')] : []), ...(anyCase.length ? [wrap(anyCase, 'giu')] : [])];
}

function matches(text: string, patterns: readonly RegExp[]): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	for (const pattern of patterns) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			if (match[0].length === 0) pattern.lastIndex++;
			else spans.push([match.index, match.index + match[0].length]);
		}
	}
	return spans.sort((a, b) => a[0] - b[0]);
}

/** Mentions of the registry's names and aliases, and the spans of its "not an actor" names. */
export function registryMentions(text: string, index: RegistryIndex, gazetteer: Gazetteer): { mentions: Mention[]; blockedSpans: Array<[number, number]> } {
	const mentions = matches(text, index.patterns).map(([start, end]): Mention => {
		const written = text.slice(start, end);
		const actor = index.actors.get(key(written));
		const kind: ActorKind = actor?.kind ?? gazetteer.lookup(actor?.name ?? written)?.kind ?? 'person';
		return { start, end, text: written, kind, kindGuessed: false, tentative: false, entry: { name: actor?.name ?? written, kind } };
	});
	return { mentions, blockedSpans: matches(text, index.blockedPatterns) };
}

/** Drops the mentions (sorted by start) that are a "not an actor" name or overlap one of the sorted blocked spans. */
export function withoutBlocked(mentions: readonly Mention[], index: RegistryIndex, blockedSpans: ReadonlyArray<[number, number]>): Mention[] {
	if (index.blocked.size === 0) return [...mentions];
	const kept: Mention[] = [];
	let span = 0;
	for (const mention of mentions) {
		while (span < blockedSpans.length && blockedSpans[span][1] <= mention.start) span++;
		const overlaps = span < blockedSpans.length && blockedSpans[span][0] < mention.end;
		if (!overlaps && !index.blocked.has(key(mention.text))) kept.push(mention);
	}
	return kept;
}

/** Gives drafts the registry's canonical name, kind and role, merging drafts that turn out to be one registry actor. */
export function applyRegistry(drafts: readonly ActorDraft[], index: RegistryIndex): ActorDraft[] {
	if (index.actors.size === 0) return [...drafts];
	const byName = new Map<string, ActorDraft>();
	const result: ActorDraft[] = [];
	for (const draft of drafts) {
		const actor = index.actors.get(key(draft.name)) ?? draft.mentions.map((m) => index.actors.get(key(m.text))).find(Boolean);
		if (!actor) {
			result.push(draft);
			continue;
		}
		const corrected: ActorDraft = { name: actor.name, kind: actor.kind ?? draft.kind, role: actor.role ?? draft.role, mentions: draft.mentions };
		const earlier = byName.get(actor.name);
		if (earlier) {
			earlier.mentions = [...earlier.mentions, ...corrected.mentions].sort((a, b) => a.start - b.start);
			continue;
		}
		byName.set(actor.name, corrected);
		result.push(corrected);
	}
	return result;
}
