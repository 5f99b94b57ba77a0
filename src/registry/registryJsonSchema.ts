/** The registry schema as JSON Schema, for `contributes.jsonValidation` (written to dist/ at build time). */
import { z } from 'zod';
import { registrySchema } from './registrySchema';

/** JSON Schema of the actor registry file. */
export function registryJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(registrySchema, { io: 'input', target: 'draft-7' }),
		title: 'Article Annotator actor registry',
		description: "The analyst's actors: canonical names, aliases, kinds, roles and identifiers, used by the analysis of every article.",
	};
}
