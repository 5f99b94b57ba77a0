import type { z } from 'zod';

/** What went wrong reading a JSON file, naming the file and the field. */
export class ValidationError extends Error {
	constructor(
		readonly file: string,
		/** Dotted path of the offending field, or '' for the whole document. */
		readonly field: string,
		detail: string,
	) {
		super(field ? `${file}: ${field}: ${detail}` : `${file}: ${detail}`);
		this.name = 'ValidationError';
	}
}

/**
 * Parses JSON text and validates it against a schema. Throws a ValidationError naming `file` and the first
 * offending field. Keys such as `__proto__` stay plain data: JSON.parse never assigns prototypes.
 */
export function parseJsonFile<T>(file: string, text: string, schema: z.ZodType<T>): T {
	let data: unknown;
	try {
		data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (error) {
		throw new ValidationError(file, '', `not valid JSON (${(error as Error).message})`);
	}
	const result = schema.safeParse(data);
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new ValidationError(file, issue.path.map(String).join('.'), issue.message);
	}
	return result.data;
}
