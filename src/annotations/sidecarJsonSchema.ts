/** The sidecar schema as JSON Schema, for `contributes.jsonValidation` (written to dist/ at build time). */
import { z } from 'zod';
import { sidecarSchema } from './sidecarSchema';

/** JSON Schema of a sidecar as a file may hold it (fields with defaults are optional). */
export function sidecarJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(sidecarSchema, { io: 'input', target: 'draft-7' }),
		title: 'Article Annotator sidecar',
		description: "An article's claims and the analyst's corrections, kept beside the article as <article>.annotations.json.",
	};
}
