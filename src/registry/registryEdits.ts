/** Changes an analyst makes to the registry from the editor, as pure functions returning a new registry. */
import type { ActorKind } from '../analysis/types';
import { actorKey } from '../index/articleEntry';
import { REGISTRY_VERSION, type Registry } from './registrySchema';

type RegistryEntry = Registry['actors'][number];

/** A registry with no actors. */
export function emptyRegistry(): Registry {
	return { version: REGISTRY_VERSION, actors: [] };
}

/** The entry whose name or an alias is `name` (compared as actor keys: case and accents aside), if any. */
export function findRegistryActor(registry: Registry, name: string): RegistryEntry | undefined {
	const key = actorKey(name);
	return registry.actors.find((actor) => actorKey(actor.name) === key || (actor.aliases ?? []).some((alias) => actorKey(alias) === key));
}

/** Adds an actor by its canonical name; an actor already there (by name or alias) is left as it is. */
export function addActor(registry: Registry, actor: { name: string; kind?: ActorKind; aliases?: string[] }): Registry {
	if (findRegistryActor(registry, actor.name)) return registry;
	const aliases = withoutDuplicates(actor.aliases ?? [], [actor.name]);
	const entry: RegistryEntry = { name: actor.name, ...(actor.kind ? { kind: actor.kind } : {}), ...(aliases.length ? { aliases } : {}) };
	return { ...registry, actors: [...registry.actors, entry] };
}

/**
 * Makes `names` aliases of `target` (added if missing): the analysis then reads them as one actor. Registry
 * entries named by one of `names` are folded into the target, keeping their aliases.
 */
export function mergeActors(registry: Registry, target: { name: string; kind?: ActorKind }, names: readonly string[]): Registry {
	const withTarget = addActor(registry, target);
	const targetEntry = findRegistryActor(withTarget, target.name);
	const mergedKeys = new Set(names.map(actorKey));
	const folded = withTarget.actors.filter((actor) => actor !== targetEntry && mergedKeys.has(actorKey(actor.name)));
	const aliases = withoutDuplicates([...(targetEntry?.aliases ?? []), ...names, ...folded.flatMap((actor) => [actor.name, ...(actor.aliases ?? [])])], [targetEntry?.name ?? target.name]);
	return {
		...withTarget,
		actors: withTarget.actors.filter((actor) => !folded.includes(actor)).map((actor) => (actor === targetEntry ? { ...actor, aliases } : actor)),
	};
}

/** Marks a name as never an actor (an existing entry for it is turned into the exclusion). */
export function markNotAnActor(registry: Registry, name: string): Registry {
	const existing = findRegistryActor(registry, name);
	if (existing) return { ...registry, actors: registry.actors.map((actor) => (actor === existing ? { ...actor, notAnActor: true } : actor)) };
	return { ...registry, actors: [...registry.actors, { name, notAnActor: true }] };
}

/** The registry as its file holds it: two-space JSON ending with a newline. */
export function formatRegistry(registry: Registry): string {
	return `${JSON.stringify(registry, null, 2)}\n`;
}

/** `names` without repeats (by actor key) and without any of `excluded`. */
function withoutDuplicates(names: readonly string[], excluded: readonly string[]): string[] {
	const seen = new Set(excluded.map(actorKey));
	return names.filter((name) => {
		const key = actorKey(name);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
