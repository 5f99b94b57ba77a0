import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { articlePathFor, isSidecarPath, sidecarPathFor } from '../../../src/annotations/sidecarPaths';

describe('sidecar paths', () => {
	const root = path.resolve('workspace');
	const article = path.join(root, 'news', 'lavrov.txt');

	it('puts the sidecar beside its article by default', () => {
		assert.equal(sidecarPathFor(article), path.join(root, 'news', 'lavrov.txt.annotations.json'));
		assert.equal(articlePathFor(sidecarPathFor(article)), article);
	});

	it('mirrors the workspace tree inside a mirror folder, relative or absolute', () => {
		const placement = { mirrorFolder: '.annotations', workspaceRoot: root };
		const sidecar = sidecarPathFor(article, placement);
		assert.equal(sidecar, path.join(root, '.annotations', 'news', 'lavrov.txt.annotations.json'));
		assert.equal(articlePathFor(sidecar, placement), article);
		assert.equal(sidecarPathFor(article, { mirrorFolder: path.join(root, 'x'), workspaceRoot: root }), path.join(root, 'x', 'news', 'lavrov.txt.annotations.json'));
	});

	it('keeps the sidecar of an article outside the workspace beside it', () => {
		const outside = path.resolve('elsewhere', 'a.txt');
		assert.equal(sidecarPathFor(outside, { mirrorFolder: '.annotations', workspaceRoot: root }), outside + '.annotations.json');
	});

	it('recognises sidecar names only', () => {
		assert.ok(isSidecarPath('a.txt.annotations.json'));
		assert.ok(!isSidecarPath('a.annotations.json.bak'));
		assert.equal(articlePathFor('a.txt'), undefined);
	});
});
