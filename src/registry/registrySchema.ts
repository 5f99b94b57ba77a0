/** The analyst's actor registry (`.article-annotator/actors.json`), defined once here. */
import { z } from 'zod';
import type { RegistryActor } from '../analysis/types';

export const REGISTRY_VERSION = 1;

/** Workspace-relative path of the registry file. */
export const REGISTRY_PATH = '.article-annotator/actors.json';

export const registryActorSchema = z.object({
	name: z.string().min(1).describe('Canonical name'),
	aliases: z.array(z.string().min(1)).optional().describe('Other spellings and short forms'),
	kind: z.enum(['person', 'organization', 'place']).optional(),
	role: z.string().optional(),
	notAnActor: z.boolean().optional().describe('The name and its aliases are never an actor'),
	ids: z.record(z.string(), z.string()).optional().describe('Identifiers, e.g. { "wikidata": "Q7724" }'),
	notes: z.string().optional(),
}) satisfies z.ZodType<RegistryActor>;

export const registrySchema = z.object({
	$schema: z.string().optional(),
	version: z.number().int().positive(),
	actors: z.array(registryActorSchema),
});

export type Registry = z.infer<typeof registrySchema>;
