import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, getApi, openSample, waitFor } from './helpers';

describe('activation', () => {
	it('activates when a sample article is opened', async () => {
		await openSample('000');
		const extension = vscode.extensions.getExtension(EXTENSION_ID);
		assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
		await waitFor(() => (extension.isActive ? true : undefined), 10000, 'activation on opening a sample');
	});

	it('exports an API whose getAnalysis returns the analysis of the open article', async () => {
		const { document } = await openSample('000');
		const analysis = await (await getApi()).getAnalysis(document.uri);
		const lavrov = analysis.actors.find((actor) => actor.name.includes('Lavrov'));
		assert.ok(lavrov, `no Lavrov among ${analysis.actors.map((actor) => actor.name).join(', ')}`);
		assert.equal(lavrov.kind, 'person');
		assert.ok(analysis.quotes.length > 0, 'no quotes found');
		assert.equal(analysis.referenceDate, '2022-01-28');
	});
});
