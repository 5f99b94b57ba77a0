import * as assert from 'node:assert/strict';
import { z } from 'zod';
import { parseRegistry, registryJsonSchema, registrySchema } from '../../../src/registry';
import { ValidationError } from '../../../src/shared/validation';

describe('parseRegistry', () => {
	it('reads a valid registry', () => {
		const registry = parseRegistry('actors.json', '{ "version": 1, "actors": [{ "name": "NATO", "kind": "organization" }] }');
		assert.deepEqual(registry.actors, [{ name: 'NATO', kind: 'organization' }]);
	});

	it('names the file and the field of an invalid entry', () => {
		assert.throws(
			() => parseRegistry('.article-annotator/actors.json', '{ "version": 1, "actors": [{ "name": "NATO", "kind": "alliance" }] }'),
			(error: unknown) => error instanceof ValidationError && error.file === '.article-annotator/actors.json' && error.field === 'actors.0.kind',
		);
	});

	it('says when the file is not JSON', () => {
		assert.throws(() => parseRegistry('actors.json', '{ "version": 1, '), /actors\.json: not valid JSON/);
	});

	it('publishes the zod schema as JSON Schema', () => {
		const schema = registryJsonSchema();
		assert.equal(schema.title, 'Article Annotator actor registry');
		assert.deepEqual((schema as { required?: string[] }).required, (z.toJSONSchema(registrySchema, { io: 'input' }) as { required?: string[] }).required);
	});
});
