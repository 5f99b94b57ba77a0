import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Actor } from '../../src/analysis';
import type { ArticleAnnotatorApi } from '../../src/editor/api';
import { CommandIds } from '../../src/editor/commandIds';
import { REGISTRY_PATH } from '../../src/registry';
import { getApi, openSample, positionOf, sampleUri, waitFor, workspaceFolder } from './helpers';

const registryUri = () => vscode.Uri.joinPath(workspaceFolder().uri, REGISTRY_PATH);

async function writeRegistry(text: string): Promise<void> {
	await vscode.workspace.fs.writeFile(registryUri(), new TextEncoder().encode(text));
}

async function readRegistry(): Promise<string | undefined> {
	return vscode.workspace.fs.readFile(registryUri()).then(
		(bytes) => new TextDecoder().decode(bytes),
		() => undefined,
	);
}

/** The Lavrov actor of a sample article, as analysed without a registry. */
async function lavrovOf(api: ArticleAnnotatorApi, sample: string): Promise<Actor> {
	const actor = (await api.getAnalysis(await sampleUri(sample))).actors.find((candidate) => candidate.name.includes('Lavrov'));
	assert.ok(actor, `sample ${sample} has a Lavrov`);
	return actor;
}

/** The people of the tree's current scope, by label. */
async function people(api: ArticleAnnotatorApi): Promise<Map<string, string>> {
	await api.getTreeChildren();
	const nodes = (await api.getTreeChildren('actors')).some((kind) => kind.id === 'actors/person') ? await api.getTreeChildren('actors/person') : [];
	return new Map(nodes.map((node) => [node.label, node.description]));
}

describe('actor registry', () => {
	let api: ArticleAnnotatorApi;
	/** Lavrov as sample 000 and sample 001 spell him, analysed without a registry. */
	let spelledIn000: Actor;
	let spelledIn001: Actor;

	before(async () => {
		api = await getApi();
		await vscode.workspace.fs.delete(registryUri()).then(undefined, () => undefined);
		[spelledIn000, spelledIn001] = [await lavrovOf(api, '000'), await lavrovOf(api, '001')];
	});

	afterEach(async () => {
		await vscode.workspace.fs.delete(registryUri()).then(undefined, () => undefined);
		await api.setTreeScope('article');
		await openSample('000');
		await waitFor(async () => ((await people(api)).has(spelledIn000.name) ? true : undefined), 10000, 'the tree without the registry');
	});

	after(async () => {
		await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, '.article-annotator'), { recursive: true }).then(undefined, () => undefined);
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	it('merges two actors when the registry makes one an alias of the other', async () => {
		await openSample('000');
		await api.setTreeScope('article');
		await writeRegistry(JSON.stringify({ version: 1, actors: [{ name: 'Sergei Viktorovich Lavrov', kind: 'person', aliases: [spelledIn000.name, spelledIn001.name] }] }));
		const merged = await waitFor(async () => (await people(api)).get('Sergei Viktorovich Lavrov'), 10000, 'the merged actor in the article');
		assert.match(merged, new RegExp(`^${spelledIn000.mentions.length} mentions?( ·|$)`));
		assert.ok(!(await people(api)).has(spelledIn000.name));

		await api.setTreeScope('workspace');
		const workspace = await waitFor(
			async () => {
				const found = await people(api);
				return found.has(spelledIn001.name) || found.has(spelledIn000.name) ? undefined : found;
			},
			15000,
			'the workspace re-indexed with the registry',
		);
		assert.match(workspace.get('Sergei Viktorovich Lavrov') ?? '', /· [5-9] articles$/);
	});

	it('offers to add a mention to the registry, to merge it, or to say it is no actor, and does so', async () => {
		const { document } = await openSample('000');
		const lavrov = spelledIn000;
		const at = positionOf(document, lavrov.mentions[0].text);
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(at, at));
		const titles = actions.map((action) => action.title);
		for (const title of [`Add “${lavrov.name}” to the actor registry`, `Merge “${lavrov.name}” with…`, `“${lavrov.mentions[0].text}” is not an actor`]) {
			assert.ok(titles.includes(title), `no "${title}" among ${titles.join(' | ')}`);
		}
		const add = actions.find((action) => action.title.startsWith('Add'));
		assert.ok(add?.command);
		await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
		const written = JSON.parse((await readRegistry()) ?? '{}') as { actors?: Array<{ name: string; kind?: string }> };
		assert.deepEqual(written.actors, [{ name: lavrov.name, kind: 'person' }]);

		const merge = actions.find((action) => action.title.startsWith('Merge'));
		assert.ok(merge?.command);
		await vscode.commands.executeCommand(merge.command.command, ...(merge.command.arguments ?? []), { name: 'Sergei Viktorovich Lavrov', kind: 'person' });
		const merged = JSON.parse((await readRegistry()) ?? '{}') as { actors?: Array<{ name: string; aliases?: string[] }> };
		assert.deepEqual(
			merged.actors?.map((actor) => actor.name),
			['Sergei Viktorovich Lavrov'],
		);
		assert.ok(merged.actors?.[0].aliases?.includes(lavrov.name), `aliases: ${merged.actors?.[0].aliases?.join(', ')}`);
	});

	it('never overwrites an invalid registry, and keeps the last valid one in force', async () => {
		await writeRegistry(JSON.stringify({ version: 1, actors: [{ name: 'Sergei Viktorovich Lavrov', kind: 'person', aliases: [spelledIn000.name] }] }));
		await openSample('000');
		await api.setTreeScope('article');
		await waitFor(async () => ((await people(api)).has('Sergei Viktorovich Lavrov') ? true : undefined), 10000, 'the valid registry applied');
		const invalid = '{ "version": 1, "actors": [{ "name": "NATO", "kind": "alliance" }] }';
		await writeRegistry(invalid);
		await new Promise((resolve) => setTimeout(resolve, 500));
		await vscode.commands.executeCommand(CommandIds.addToRegistry, { uri: '', name: 'Antony Blinken', kind: 'person', mentionTexts: [] });
		assert.equal(await readRegistry(), invalid);
		assert.ok((await people(api)).has('Sergei Viktorovich Lavrov'), 'the last valid registry stays in force');
	});
});
