import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { targetAt } from '../../src/annotations/anchoring';
import { emptySidecar, parseSidecar, serializeSidecar } from '../../src/annotations/sidecarFormat';
import { CommandIds } from '../../src/editor/commandIds';
import { jsonExportSchema } from '../../src/export/json/jsonExportSchema';
import type { ImportResult } from '../../src/import';
import { EXTENSION_ID, getApi, openSample, repositoryFile, sampleUri, waitFor, workspaceFolder } from './helpers';

const CLAIM = 'Moscow does not want war';

/**
 * Runs `action` and returns the error messages the extension showed meanwhile (without showing them). The
 * suite shares the extension's `vscode` API object when both load from this checkout; under `--vsix` the
 * installed extension has its own, and undefined is returned.
 */
async function errorMessagesDuring(action: () => Promise<void>): Promise<string[] | undefined> {
	const extension = vscode.extensions.getExtension(EXTENSION_ID);
	const window = vscode.window as { showErrorMessage: (message: string) => Thenable<undefined> };
	const original = window.showErrorMessage;
	const shown: string[] = [];
	window.showErrorMessage = (message) => {
		shown.push(message);
		return Promise.resolve(undefined);
	};
	try {
		await action();
	} finally {
		window.showErrorMessage = original;
	}
	return extension?.extensionPath === repositoryFile('.').fsPath ? shown : undefined;
}

describe('export and import commands', () => {
	const created: vscode.Uri[] = [];
	// Outside the workspace, so the exported .txt files are never indexed as articles by other suites.
	const exportFolder = vscode.Uri.file(fs.mkdtempSync(path.join(os.tmpdir(), 'article-annotator-export-')));
	const output = (name: string) => vscode.Uri.joinPath(exportFolder, name);

	before(async () => {
		await getApi();
	});

	after(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		for (const uri of [...created, exportFolder]) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
	});

	it('exports the active article as JSON, with its sidecar claim, to the given file', async () => {
		const article = await sampleUri('000');
		const text = fs.readFileSync(article.fsPath, 'utf8');
		const start = text.indexOf(CLAIM);
		const sidecarFile = `${article.fsPath}.annotations.json`;
		const hadSidecar = fs.existsSync(sidecarFile);
		if (!hadSidecar) {
			const claim = { id: 'c-export', tag: 'claim', status: 'false' as const, speaker: 'Serghei Lavrov', note: 'export test', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', target: targetAt(text, start, start + CLAIM.length) };
			fs.writeFileSync(sidecarFile, serializeSidecar({ ...emptySidecar(text), claims: [claim] }));
			created.push(vscode.Uri.file(sidecarFile));
		}
		await openSample('000');
		const out = output('article.json');
		const written = await vscode.commands.executeCommand<vscode.Uri>(CommandIds.exportAnnotations, { format: 'json', scope: 'article', out: out.fsPath });
		assert.equal(written?.fsPath, out.fsPath);
		const document = jsonExportSchema.parse(JSON.parse(fs.readFileSync(out.fsPath, 'utf8')));
		assert.equal(document.articles.length, 1);
		assert.equal(document.articles[0].file, path.basename(article.fsPath));
		assert.ok(document.articles[0].actors.length > 0, 'the analysis is exported');
		if (!hadSidecar) assert.deepEqual(document.articles[0].claims.map((claim) => claim.id), ['c-export']);
	});

	it('exports every article of the workspace in each format', async () => {
		for (const format of ['csv', 'markdown', 'w3c', 'claimreview', 'brat']) {
			const out = output(`workspace-${format}`);
			await vscode.commands.executeCommand(CommandIds.exportAnnotations, { format, scope: 'workspace', out });
			assert.ok(fs.existsSync(out.fsPath), `${format} written`);
		}
		const brat = fs.readdirSync(output('workspace-brat').fsPath);
		assert.ok(brat.includes('annotation.conf'));
		assert.ok(brat.filter((name) => name.endsWith('.ann')).length >= 5, brat.join(', '));
		assert.match(fs.readFileSync(output('workspace-markdown').fsPath, 'utf8'), /^## Actors$/m);
	});

	it('exports the articles of the nodes selected in the annotations view', async () => {
		const api = await getApi();
		const { editor } = await openSample('001');
		await api.getTreeChildren();
		await vscode.commands.executeCommand('articleAnnotator.annotations.focus');
		await vscode.window.showTextDocument(editor.document);
		const quote = (await api.getAnalysis(editor.document.uri)).quotes[0];
		assert.ok(quote, 'sample 001 has a quote');
		const inside = editor.document.positionAt(quote.start + 2);
		editor.selection = new vscode.Selection(inside, inside);
		await waitFor(() => (api.getTreeSelection().length > 0 ? true : undefined), 5000, 'a node selected in the view');
		const out = output('selection.json');
		await vscode.commands.executeCommand(CommandIds.exportAnnotations, { format: 'json', scope: 'selection', out });
		const document = jsonExportSchema.parse(JSON.parse(fs.readFileSync(out.fsPath, 'utf8')));
		assert.deepEqual(document.articles.map((article) => article.file), [path.basename(editor.document.uri.fsPath)]);
	});

	it('imports a W3C export into another article’s sidecar, as one step that undo takes back', async () => {
		const copy = await copyOfSample('import-target.txt');
		const sidecarFile = `${copy.fsPath}.annotations.json`;
		const text = fs.readFileSync(copy.fsPath, 'utf8');
		const start = text.indexOf(CLAIM);
		const file = writeW3cAnnotations('external.jsonld', copy);
		await vscode.window.showTextDocument(copy);
		const result = await vscode.commands.executeCommand<ImportResult>(CommandIds.importAnnotations, { file: file.fsPath });
		assert.deepEqual([result?.placed, result?.orphaned], [1, 1]);
		const sidecar = parseSidecar(copy.fsPath, fs.readFileSync(sidecarFile, 'utf8')).sidecar;
		const placed = sidecar.claims.find((claim) => !claim.orphaned);
		assert.deepEqual([placed?.tag, placed?.status, placed?.target.start], ['denial', 'disputed', start]);
		assert.ok(sidecar.claims.some((claim) => claim.orphaned), 'what cannot be placed is kept as orphaned');
		const api = await getApi();
		assert.equal((await api.getAnnotations(copy)).claims.length, 2);
		assert.equal(await vscode.commands.executeCommand(CommandIds.undoAnnotation, { uri: copy }), true);
		assert.deepEqual((await api.getAnnotations(copy)).claims, []);
		assert.deepEqual(parseSidecar(copy.fsPath, fs.readFileSync(sidecarFile, 'utf8')).sidecar.claims, []);
	});

	for (const { problem, name, sidecarText } of [
		{ problem: 'is corrupt', name: 'import-corrupt.txt', sidecarText: '{\n  "version": 1,\n  "fingerprint": "x",\n  "claims": [ { "id": "c-1", "tag": 7 ' },
		{ problem: 'was written by a newer version', name: 'import-newer.txt', sidecarText: JSON.stringify({ version: 99, fingerprint: 'x', claims: [], futureField: true }) },
	]) {
		it(`refuses to import into an article whose sidecar ${problem}, leaving it byte for byte unchanged`, async () => {
			const article = await copyOfSample(name);
			const sidecarFile = `${article.fsPath}.annotations.json`;
			const bytes = Buffer.from(sidecarText);
			fs.writeFileSync(sidecarFile, bytes);
			const file = writeW3cAnnotations('refused.jsonld', article);
			const errors = await errorMessagesDuring(async () => {
				assert.equal(await vscode.commands.executeCommand(CommandIds.importAnnotations, { file: file.fsPath, article }), undefined);
			});
			await new Promise((resolve) => setTimeout(resolve, 300)); // a late write would land meanwhile
			assert.deepEqual(fs.readFileSync(sidecarFile), bytes);
			const refusal = errors?.find((message) => message.startsWith(`Nothing was imported into ${path.basename(article.fsPath)}`));
			if (errors) assert.ok(refusal?.includes(path.basename(sidecarFile)), `an error naming the sidecar, among: ${errors.join(' | ')}`);
		});
	}

	/** A copy of sample 000 under a new name in the workspace, removed (with its sidecar) after the suite. */
	async function copyOfSample(name: string): Promise<vscode.Uri> {
		const copy = vscode.Uri.joinPath(workspaceFolder().uri, name);
		created.push(copy, vscode.Uri.file(`${copy.fsPath}.annotations.json`));
		await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(await sampleUri('000')));
		return copy;
	}

	/** Writes a W3C file for `article`: a tagged claim on its text, and one on text the article does not have. */
	function writeW3cAnnotations(name: string, article: vscode.Uri): vscode.Uri {
		const source = path.basename(article.fsPath);
		const text = fs.readFileSync(article.fsPath, 'utf8');
		const start = text.indexOf(CLAIM);
		const annotation = {
			'@context': 'http://www.w3.org/ns/anno.jsonld',
			id: 'https://example.org/anno/1',
			type: 'Annotation',
			body: [{ type: 'TextualBody', purpose: 'tagging', value: 'denial' }, { type: 'TextualBody', purpose: 'assessing', value: 'disputed' }],
			target: { source, selector: [{ type: 'TextQuoteSelector', exact: CLAIM, prefix: text.slice(start - 10, start), suffix: '' }, { type: 'TextQuoteSelector', exact: 'no such text anywhere in the article' }] },
		};
		const orphan = { ...annotation, id: 'https://example.org/anno/2', target: { source, selector: { type: 'TextQuoteSelector', exact: 'words that are nowhere in this article at all' } } };
		const file = output(name);
		fs.writeFileSync(file.fsPath, JSON.stringify([annotation, orphan]));
		return file;
	}
});
