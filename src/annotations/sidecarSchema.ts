/** The sidecar file (`<article>.annotations.json`): defined once here, published as JSON Schema from it. */
import { z } from 'zod';

/** The schema version this build writes. A sidecar of a higher version is read where possible, never written. */
export const SIDECAR_VERSION = 1;

export const CLAIM_STATUSES = ['unverified', 'verified', 'disputed', 'false', 'misleading'] as const;

export const DEFAULT_CLAIM_TAGS = ['claim', 'threat', 'denial', 'demand', 'commitment', 'warning', 'accusation'] as const;

/** Where an annotation sits: offsets, the exact text, and context to re-anchor it by (W3C TextQuote + TextPosition). */
export const targetSchema = z.object({
	start: z.number().int().nonnegative().describe('UTF-16 offset of the first character'),
	end: z.number().int().nonnegative().describe('UTF-16 offset after the last character'),
	exact: z.string().describe('The annotated text, exactly'),
	prefix: z.string().describe('Text just before the annotated text'),
	suffix: z.string().describe('Text just after the annotated text'),
});

export const claimSchema = z.object({
	id: z.string().min(1),
	tag: z.string().min(1),
	status: z.enum(CLAIM_STATUSES),
	speaker: z.string().nullable().describe('Canonical name of who made the claim, or null'),
	note: z.string(),
	created: z.iso.datetime(),
	updated: z.iso.datetime(),
	target: targetSchema,
	orphaned: z.boolean().optional().describe('True when the text could not be found again after the article changed'),
});

/** The analyst's correction of a quote's speaker, found again by its target. */
export const speakerCorrectionSchema = z.object({
	target: targetSchema,
	speaker: z.string().nullable(),
	orphaned: z.boolean().optional(),
});

/** The analyst's correction of an actor in this article (the workspace registry holds corrections for every article). */
export const actorCorrectionSchema = z.object({
	name: z.string().min(1),
	aliases: z.array(z.string()).optional(),
	kind: z.enum(['person', 'organization', 'place']).optional(),
	role: z.string().optional(),
	notAnActor: z.boolean().optional(),
});

export const sidecarSchema = z.object({
	$schema: z.string().optional(),
	version: z.number().int().positive(),
	fingerprint: z.string().describe('sha256 of the article text the offsets refer to'),
	referenceDate: z.iso.date().optional().describe("The article's date (YYYY-MM-DD), set by the analyst"),
	claims: z.array(claimSchema),
	speakerCorrections: z.array(speakerCorrectionSchema).default([]),
	actorCorrections: z.array(actorCorrectionSchema).default([]),
});

export type Target = z.infer<typeof targetSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type SpeakerCorrection = z.infer<typeof speakerCorrectionSchema>;
export type ActorCorrection = z.infer<typeof actorCorrectionSchema>;
export type Sidecar = z.infer<typeof sidecarSchema>;
