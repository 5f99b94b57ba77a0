import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../../src/analysis';
import { CommandIds } from '../../src/editor/commandIds';
import type { ArticleAnnotatorApi } from '../../src/editor/api';
import { timexSortKey } from '../../src/index';
import { getApi, openSample, positionOf, sampleUri, waitFor, workspaceFolder } from './helpers';

describe('annotations tree', () => {
	let api: ArticleAnnotatorApi;
	let document: vscode.TextDocument;
	let analysis: ArticleAnalysis;

	before(async () => {
		api = await getApi();
		await api.setTreeScope('article');
		({ document } = await openSample('000'));
		analysis = await api.getAnalysis(document.uri);
	});

	after(async () => {
		await api.setTreeScope('article');
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	it('shows the groups of the article being read', async () => {
		const roots = await api.getTreeChildren();
		assert.deepEqual(
			roots.map((root) => root.label),
			['Actors', 'Quotes', 'Timeline', 'Claims', 'Orphaned'],
		);
		assert.equal(roots[0].description, String(new Set(analysis.actors.map((actor) => actor.id)).size));
	});

	it('lists the actors by kind with their mention counts, and each actor’s mentions and quotes', async () => {
		await api.getTreeChildren();
		const kinds = await api.getTreeChildren('actors');
		assert.ok(kinds.some((kind) => kind.label === 'People'), `kinds: ${kinds.map((kind) => kind.label).join(', ')}`);
		const people = await api.getTreeChildren('actors/person');
		const lavrov = analysis.actors.find((actor) => actor.name.includes('Lavrov'));
		assert.ok(lavrov, 'the analysis finds Lavrov');
		const node = people.find((person) => person.label === lavrov.name);
		assert.ok(node, `no ${lavrov.name} among ${people.map((person) => person.label).join(', ')}`);
		assert.match(node.description, new RegExp(`^${lavrov.mentions.length} mentions?( ·|$)`));
		const children = await api.getTreeChildren(node.id);
		assert.equal(children.filter((child) => child.contextValue === 'mention').length, lavrov.mentions.length);
		assert.equal(children.filter((child) => child.contextValue === 'quote').length, analysis.quotes.filter((quote) => quote.speaker === lavrov.id).length);
	});

	it('lists the quotes by speaker', async () => {
		await api.getTreeChildren();
		const speakers = await api.getTreeChildren('quotes');
		for (const speakerId of new Set(analysis.quotes.map((quote) => quote.speaker))) {
			const name = speakerId === null ? 'Unattributed' : analysis.actors.find((actor) => actor.id === speakerId)?.name;
			const speaker = speakers.find((node) => node.label === name);
			assert.ok(speaker, `no speaker ${name} among ${speakers.map((node) => node.label).join(', ')}`);
			assert.equal(speaker.description, String(analysis.quotes.filter((quote) => quote.speaker === speakerId).length));
			assert.ok((await api.getTreeChildren(speaker.id)).every((quote) => quote.contextValue === 'quote'));
		}
	});

	it('orders the timeline by resolved value, unresolved dates last', async () => {
		await api.getTreeChildren();
		const dates = await api.getTreeChildren('timeline');
		assert.equal(dates.length, analysis.dates.length);
		const keys = dates.map((date) => (date.description === 'unresolved' ? null : timexSortKey(date.description)));
		const resolved = keys.filter((key): key is string => key !== null);
		assert.ok(resolved.length > 0, 'some dates of sample 000 are resolved');
		assert.deepEqual(resolved, [...resolved].sort());
		assert.deepEqual(keys.slice(resolved.length), keys.slice(resolved.length).map(() => null), 'unresolved dates come last');
	});

	it('selects the node of what the cursor is on', async () => {
		const { editor } = await openSample('000');
		await api.getTreeChildren();
		await vscode.commands.executeCommand('articleAnnotator.annotations.focus');
		await vscode.window.showTextDocument(editor.document);
		const quote = analysis.quotes.find((candidate) => candidate.speaker !== null);
		assert.ok(quote, 'sample 000 has an attributed quote');
		const inside = editor.document.positionAt(quote.start + 2);
		editor.selection = new vscode.Selection(inside, inside);
		const selected = await waitFor(() => (api.getTreeSelection().length > 0 ? api.getTreeSelection() : undefined), 5000, 'a node selected in the view');
		assert.deepEqual(selected, [`quotes/${quote.speaker}/${editor.document.uri.toString()}@${quote.start}`]);
	});

	it('shows a claim tagged in the editor under its tag, with its status', async () => {
		const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'tree-claims-article.txt');
		await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(await sampleUri('000')));
		try {
			const copy = await vscode.workspace.openTextDocument(uri);
			await vscode.window.showTextDocument(copy);
			const start = copy.offsetAt(positionOf(copy, 'Russia denies planning an invasion'));
			await vscode.commands.executeCommand(CommandIds.tagClaim, { uri, start, end: start + 'Russia denies planning an invasion'.length, tag: 'denial' });
			const claims = await waitFor(
				async () => {
					await api.getTreeChildren();
					const tags = await api.getTreeChildren('claims');
					return tags.some((tag) => tag.label === 'denial') ? api.getTreeChildren('claims/denial') : undefined;
				},
				5000,
				'the claim under its tag',
			);
			assert.deepEqual(
				claims.map((claim) => [claim.label, claim.description, claim.contextValue]),
				[['Russia denies planning an invasion', 'unverified', 'claim status-unverified']],
			);
		} finally {
			await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
			for (const file of [uri, vscode.Uri.file(`${uri.fsPath}.annotations.json`)]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
		}
	});

	it('lists quotes from several articles in the workspace scope', async () => {
		await api.setTreeScope('workspace');
		const speakers = await api.getTreeChildren('quotes');
		const articles = new Set<string>();
		for (const speaker of speakers) {
			for (const quote of await api.getTreeChildren(speaker.id)) articles.add(quote.description.split(' · ').at(-1) ?? '');
		}
		const samples = [...articles].filter((name) => /^00\d_/.test(name));
		assert.ok(samples.length >= 3, `quotes come from ${[...articles].join(', ')}`);
	});

	it('keeps the workspace scope current when an article is created, renamed and deleted', async () => {
		await api.setTreeScope('workspace');
		const [created, renamed] = ['tree-created-article.txt', 'tree-renamed-article.txt'].map((name) => vscode.Uri.joinPath(workspaceFolder().uri, name));
		/** The articles the workspace scope lists quotes from. */
		const quotedArticles = async () => {
			await api.setTreeScope('workspace');
			const names = new Set<string>();
			for (const speaker of await api.getTreeChildren('quotes')) {
				for (const quote of await api.getTreeChildren(speaker.id)) names.add(quote.description.split(' · ').at(-1) ?? '');
			}
			return names;
		};
		try {
			await vscode.workspace.fs.writeFile(created, await vscode.workspace.fs.readFile(await sampleUri('001')));
			await waitFor(async () => ((await quotedArticles()).has('tree-created-article.txt') ? true : undefined), 10000, 'the created article indexed');
			const rename = new vscode.WorkspaceEdit();
			rename.renameFile(created, renamed);
			assert.ok(await vscode.workspace.applyEdit(rename));
			await waitFor(
				async () => {
					const names = await quotedArticles();
					return names.has('tree-renamed-article.txt') && !names.has('tree-created-article.txt') ? true : undefined;
				},
				10000,
				'the renamed article under its new name',
			);
			await vscode.workspace.fs.delete(renamed);
			await waitFor(async () => ((await quotedArticles()).has('tree-renamed-article.txt') ? undefined : true), 10000, 'the deleted article gone');
		} finally {
			for (const file of [created, renamed]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
		}
	});

	it('narrows the workspace scope to one actor’s quotes with the filter', async () => {
		const lavrov = analysis.actors.find((actor) => actor.name.includes('Lavrov'));
		assert.ok(lavrov);
		await api.setTreeScope('workspace', { actor: lavrov.name });
		const speakers = await api.getTreeChildren('quotes');
		assert.deepEqual(
			speakers.map((speaker) => speaker.label),
			[lavrov.name],
		);
	});
});
