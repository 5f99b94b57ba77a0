/** The JSON export document, defined once here: the output is checked against it in tests. */
import { z } from 'zod';
import type { Actor, DateExpression, Quote, Span } from '../../analysis';
import { actorCorrectionSchema, claimSchema, speakerCorrectionSchema } from '../../annotations/sidecarSchema';

/** The JSON export version this build writes. */
export const JSON_EXPORT_VERSION = 1;

/** The `format` field that tells this document from other JSON. */
export const JSON_EXPORT_FORMAT = 'article-annotator-export';

const offset = z.number().int().nonnegative();

const spanSchema = z.object({ start: offset, end: offset, text: z.string() }) satisfies z.ZodType<Span>;

const actorSchema = z.object({
	id: z.string().min(1),
	name: z.string().min(1),
	kind: z.enum(['person', 'organization', 'place']),
	role: z.string().optional(),
	mentions: z.array(spanSchema),
}) satisfies z.ZodType<Actor>;

const quoteSchema = spanSchema.extend({
	speaker: z.string().nullable().describe('Actor id of the speaker'),
	attribution: spanSchema.optional(),
}) satisfies z.ZodType<Quote>;

const dateSchema = spanSchema.extend({
	type: z.enum(['date', 'time', 'duration', 'set']),
	value: z.string().optional().describe('TIMEX3 value'),
	mod: z.enum(['START', 'MID', 'END']).optional(),
	resolution: z.string().optional(),
}) satisfies z.ZodType<DateExpression>;

export const articleExportSchema = z.object({
	file: z.string().min(1),
	referenceDate: z.iso.date().nullable(),
	actors: z.array(actorSchema),
	quotes: z.array(quoteSchema),
	dates: z.array(dateSchema),
	hasSidecar: z.boolean().describe('Whether the article had a sidecar; the annotation lists are empty when not'),
	claims: z.array(claimSchema),
	speakerCorrections: z.array(speakerCorrectionSchema),
	actorCorrections: z.array(actorCorrectionSchema),
});

export const jsonExportSchema = z.object({
	format: z.literal(JSON_EXPORT_FORMAT),
	version: z.literal(JSON_EXPORT_VERSION),
	offsets: z.literal('utf-16').describe('Offsets count UTF-16 code units of the text without byte-order mark, end exclusive'),
	articles: z.array(articleExportSchema),
});

export type JsonExport = z.infer<typeof jsonExportSchema>;
