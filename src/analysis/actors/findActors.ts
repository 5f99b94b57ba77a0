import { slugify } from '../text';
import type { Actor, RegistryActor } from '../types';
import { mergeMentions, type ActorDraft } from './aliases';
import { lowerCaseWords } from './candidates';
import { gazetteer } from './gazetteer';
import type { Mention } from './mention';
import { nameMentions } from './mentions';
import { applyRegistry, indexRegistry, registryMentions, withoutBlocked } from './registry';
import { appositiveRole } from './roles';
import type { MentionContext } from './textContext';

/**
 * Finds named people, organisations and places, with every mention merged into one actor per referent.
 * The registry adds names and aliases, corrects kinds, roles and canonical names, and suppresses "not an actor" names.
 * Actors come in order of first mention, mentions in text order. Never throws: on an internal failure it returns no actors.
 */
export function findActors(text: string, registry: readonly RegistryActor[] = []): Actor[] {
	try {
		return typeof text === 'string' && text.length > 0 ? actorsOf(text, Array.isArray(registry) ? registry : []) : [];
	} catch {
		return [];
	}
}

/** Mentions of one person searched for a stated role: the role is usually given at the first mentions. */
const ROLE_SEARCH_LIMIT = 20;

let textsAnalysed = 0;

function actorsOf(text: string, registry: readonly RegistryActor[]): Actor[] {
	const ctx: MentionContext = { text, gazetteer: gazetteer(), lowerCaseWords: lowerCaseWords(text), textNumber: ++textsAnalysed };
	const found = nameMentions(ctx);
	if (registry.length === 0) return withIds(withRoles(mergeMentions(found, text), text));
	const index = indexRegistry(registry);
	const fromRegistry = registryMentions(text, index, ctx.gazetteer);
	const mentions = withoutBlocked(withoutOverlaps(fromRegistry.mentions, found), index, fromRegistry.blockedSpans);
	return withIds(applyRegistry(withRoles(mergeMentions(mentions, text), text), index));
}

/** Gives each person without a role the first role stated next to one of its first mentions. */
function withRoles(drafts: ActorDraft[], text: string): ActorDraft[] {
	for (const draft of drafts) {
		if (draft.kind !== 'person' || draft.role) continue;
		for (let i = 0; i < draft.mentions.length && i < ROLE_SEARCH_LIMIT && !draft.role; i++) draft.role = appositiveRole(text, draft.mentions[i]);
	}
	return drafts;
}

/**
 * Registry and found mentions together, sorted, without overlaps: a found name that contains a registry alias wins
 * ("Sergey Lavrov" over the alias "Lavrov"), otherwise the registry's span does.
 */
function withoutOverlaps(fromRegistry: readonly Mention[], found: readonly Mention[]): Mention[] {
	const all = [...fromRegistry.map((mention) => ({ mention, registry: true })), ...found.map((mention) => ({ mention, registry: false }))];
	all.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end || Number(b.registry) - Number(a.registry));
	const kept: Mention[] = [];
	let lastEnd = -1;
	for (const { mention } of all) {
		if (mention.start < lastEnd) continue;
		kept.push(mention);
		lastEnd = mention.end;
	}
	return kept;
}

function withIds(drafts: readonly ActorDraft[]): Actor[] {
	const used = new Set<string>();
	const actors: Actor[] = [];
	// Loops rather than map callbacks: fewer small functions for the optimiser to compile in a fresh process.
	for (const draft of drafts) {
		const base = slugify(draft.name);
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		const mentions: Actor['mentions'] = [];
		for (let i = 0; i < draft.mentions.length; i++) {
			const m = draft.mentions[i];
			mentions.push({ start: m.start, end: m.end, text: m.text });
		}
		// Keys in this order, `role` only where known: the JSON output keeps one shape.
		actors.push(draft.role ? { id, name: draft.name, kind: draft.kind, role: draft.role, mentions } : { id, name: draft.name, kind: draft.kind, mentions });
	}
	return actors;
}
