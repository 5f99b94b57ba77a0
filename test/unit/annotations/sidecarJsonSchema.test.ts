import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sidecarJsonSchema } from '../../../src/annotations/sidecarJsonSchema';
import { CLAIM_STATUSES } from '../../../src/annotations/sidecarSchema';

/** The schema file the build writes (`node esbuild.js`) and package.json contributes. */
const GENERATED = path.join(__dirname, '..', '..', '..', '..', 'dist', 'schemas', 'sidecar.schema.json');

describe('sidecar JSON Schema', () => {
	it('is generated from the zod schema', () => {
		const schema = sidecarJsonSchema() as { required: string[]; properties: Record<string, { items?: { properties: Record<string, { enum?: string[] }> } }> };
		assert.deepEqual(schema.required, ['version', 'fingerprint', 'claims']);
		assert.deepEqual(schema.properties.claims.items?.properties.status.enum, [...CLAIM_STATUSES]);
	});

	it('matches the file the build wrote for contributes.jsonValidation', function () {
		if (!fs.existsSync(GENERATED)) this.skip();
		assert.deepEqual(JSON.parse(fs.readFileSync(GENERATED, 'utf8')), sidecarJsonSchema());
	});

	it('is the file package.json contributes for *.annotations.json', () => {
		const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));
		const validation = (manifest.contributes.jsonValidation ?? []) as Array<{ fileMatch: string; url: string }>;
		assert.ok(validation.some((entry) => entry.fileMatch === '*.annotations.json' && entry.url === './dist/schemas/sidecar.schema.json'));
	});
});
