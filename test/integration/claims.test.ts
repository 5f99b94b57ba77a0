import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { fingerprintOf, parseSidecar } from '../../src/annotations/sidecarFormat';
import type { Sidecar } from '../../src/annotations/sidecarSchema';
import { CommandIds } from '../../src/editor/commandIds';
import { closeUntitledArticles, openUntitledArticle } from './editorHelpers';
import { getApi, positionOf, sampleUri, waitFor, workspaceFolder } from './helpers';

const DENIAL = 'Of course, Russia denies planning an invasion, but the tens of thousands of soldiers on the Ukrainian border seem to confirm otherwise.';

/** A fresh article of the suite's own (a copy of sample 000), so edits here never disturb other suites. */
async function copyOfSample(name: string): Promise<vscode.Uri> {
	const uri = vscode.Uri.joinPath(workspaceFolder().uri, name);
	await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(await sampleUri('000')));
	return uri;
}

function sidecarBytes(article: vscode.Uri): Buffer | undefined {
	const file = article.fsPath + '.annotations.json';
	return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

function sidecarOnDisk(article: vscode.Uri): Sidecar | undefined {
	const bytes = sidecarBytes(article);
	return bytes && parseSidecar(article.fsPath, bytes.toString('utf8')).sidecar;
}

async function codeActionTitles(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
	return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
}

describe('claims', () => {
	const created: vscode.Uri[] = [];

	after(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		for (const uri of created) {
			for (const file of [uri, vscode.Uri.file(uri.fsPath + '.annotations.json')]) await vscode.workspace.fs.delete(file, { recursive: true }).then(undefined, () => undefined);
		}
	});

	describe('tagging a sentence of a sample article', () => {
		let uri: vscode.Uri;
		let document: vscode.TextDocument;
		let editor: vscode.TextEditor;
		let claimId: string;

		before(async () => {
			await getApi();
			uri = await copyOfSample('claims-article.txt');
			created.push(uri);
			document = await vscode.workspace.openTextDocument(uri);
			editor = await vscode.window.showTextDocument(document);
		});

		it('offers "Tag claim as <tag>" for every tag on the sentence at the cursor', async () => {
			const at = positionOf(document, 'denies planning');
			const actions = await codeActionTitles(uri, new vscode.Range(at, at));
			const titles = actions.map((action) => action.title);
			for (const tag of ['claim', 'threat', 'denial', 'demand', 'commitment', 'warning', 'accusation']) {
				assert.ok(titles.includes(`Tag claim as ${tag}`), `no "Tag claim as ${tag}" among ${titles.join(' | ')}`);
			}
			const args = actions.find((action) => action.title === 'Tag claim as denial')?.command?.arguments?.[0];
			assert.equal(document.getText().slice(args.start, args.end), DENIAL);
			assert.equal(args.speaker, 'Russia');
		});

		it('"Tag claim as threat" writes a sidecar that validates', async () => {
			const at = positionOf(document, 'denies planning');
			const action = (await codeActionTitles(uri, new vscode.Range(at, at))).find((candidate) => candidate.title === 'Tag claim as threat');
			assert.ok(action?.command);
			claimId = await vscode.commands.executeCommand<string>(action.command.command, ...(action.command.arguments ?? []));
			assert.match(claimId, /^c-[0-9a-z]+$/);
			const sidecar = sidecarOnDisk(uri);
			const claim = sidecar?.claims.find((candidate) => candidate.id === claimId);
			assert.ok(claim, 'the claim is in the sidecar on disk');
			assert.equal(claim.tag, 'threat');
			assert.equal(claim.target.exact, DENIAL);
			assert.equal(sidecar?.fingerprint, fingerprintOf(document.getText()));
		});

		it('shows the claim in a hover with its tag and status', async () => {
			const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(document, 'denies planning'));
			const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
			assert.match(text, /threat/);
			assert.match(text, /unverified/);
		});

		it('offers status, note, speaker and remove on the claim', async () => {
			const at = positionOf(document, 'denies planning');
			const titles = (await codeActionTitles(uri, new vscode.Range(at, at))).map((action) => action.title);
			for (const start of ['Set status of threat', 'Add note to threat', 'Change speaker of threat', 'Remove threat']) {
				assert.ok(titles.some((title) => title.startsWith(start)), `no "${start}…" among ${titles.join(' | ')}`);
			}
		});

		it('keeps the claim on its text while typing above it, and writes the shift when the article is saved', async () => {
			const api = await getApi();
			assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'UPDATE: an editor typed this line.\n')));
			assert.ok(await editor.edit((edit) => edit.insert(positionOf(document, 'On the other hand'), 'Meanwhile. ')));
			const claim = (await api.getAnnotations(uri)).claims.find((candidate) => candidate.id === claimId);
			assert.ok(claim && !claim.orphaned);
			assert.equal(document.getText().slice(claim.target.start, claim.target.end), DENIAL);
			await document.save();
			const onDisk = await waitFor(() => {
				const sidecar = sidecarOnDisk(uri);
				return sidecar?.fingerprint === fingerprintOf(document.getText()) ? sidecar : undefined;
			});
			assert.deepEqual(onDisk.claims.find((candidate) => candidate.id === claimId)?.target, claim.target);
		});

		it('undoes and redoes the tagging', async () => {
			assert.equal(await vscode.commands.executeCommand(CommandIds.undoAnnotation, { uri }), true);
			assert.equal(sidecarOnDisk(uri)?.claims.some((claim) => claim.id === claimId), false);
			assert.equal(await vscode.commands.executeCommand(CommandIds.redoAnnotation, { uri }), true);
			assert.equal(sidecarOnDisk(uri)?.claims.some((claim) => claim.id === claimId), true);
		});

		it('reloads a sidecar changed on disk and applies the next change on top of it, never over it', async () => {
			const file = uri.fsPath + '.annotations.json';
			const pulled = JSON.parse(fs.readFileSync(file, 'utf8'));
			pulled.claims.find((claim: { id: string }) => claim.id === claimId).status = 'false';
			fs.writeFileSync(file, JSON.stringify(pulled, null, 2) + '\n');
			await vscode.commands.executeCommand(CommandIds.editClaimNote, { uri, id: claimId, note: 'Contradicted by satellite images.' });
			const claim = sidecarOnDisk(uri)?.claims.find((candidate) => candidate.id === claimId);
			assert.deepEqual([claim?.status, claim?.note], ['false', 'Contradicted by satellite images.']);
			const inMemory = (await (await getApi()).getAnnotations(uri)).claims.find((candidate) => candidate.id === claimId);
			assert.equal(inMemory?.status, 'false');
		});

		it('restores the claim after closing and reopening the article', async () => {
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			const reopened = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
			const claim = (await (await getApi()).getAnnotations(uri)).claims.find((candidate) => candidate.id === claimId);
			assert.ok(claim && !claim.orphaned);
			assert.equal(reopened.document.getText().slice(claim.target.start, claim.target.end), DENIAL);
		});

		it('re-anchors the claim when the article changes on disk', async () => {
			const api = await getApi();
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			const text = fs.readFileSync(uri.fsPath, 'utf8');
			fs.writeFileSync(uri.fsPath, 'A paragraph added elsewhere.\n\n' + text.replace('Concern is growing', 'Concern grows'));
			const document = await vscode.workspace.openTextDocument(uri);
			const claim = await waitFor(async () => {
				const found = (await api.getAnnotations(uri)).claims.find((candidate) => candidate.id === claimId);
				return found && document.getText().slice(found.target.start, found.target.end) === DENIAL ? found : undefined;
			});
			assert.ok(!claim.orphaned);
		});

		it('moves the sidecar with the article when the article is renamed', async () => {
			const renamed = vscode.Uri.joinPath(workspaceFolder().uri, 'claims-article-renamed.txt');
			created.push(renamed);
			const edit = new vscode.WorkspaceEdit();
			edit.renameFile(uri, renamed);
			assert.ok(await vscode.workspace.applyEdit(edit));
			const moved = await waitFor(() => sidecarOnDisk(renamed));
			assert.ok(moved.claims.some((claim) => claim.id === claimId));
			assert.equal(sidecarBytes(uri), undefined);
		});
	});

	describe('sidecar files', () => {
		it('go into the mirror folder the setting names', async () => {
			const config = vscode.workspace.getConfiguration('articleAnnotator');
			await config.update('claims.sidecarFolder', '.annotations', vscode.ConfigurationTarget.Workspace);
			try {
				const uri = await copyOfSample('claims-mirrored.txt');
				created.push(uri);
				const id = await vscode.commands.executeCommand<string>(CommandIds.tagClaim, { uri, start: 20, end: 40, tag: 'warning' });
				const mirrored = vscode.Uri.joinPath(workspaceFolder().uri, '.annotations', 'claims-mirrored.txt.annotations.json');
				const sidecar = parseSidecar(mirrored.fsPath, fs.readFileSync(mirrored.fsPath, 'utf8')).sidecar;
				assert.ok(sidecar.claims.some((claim) => claim.id === id));
				assert.equal(sidecarBytes(uri), undefined, 'nothing beside the article');
				created.push(vscode.Uri.joinPath(workspaceFolder().uri, '.annotations'));
			} finally {
				await config.update('claims.sidecarFolder', undefined, vscode.ConfigurationTarget.Workspace);
			}
		});

		it('get completion and errors from the published JSON Schema when edited by hand', async () => {
			const uri = await copyOfSample('claims-schema.txt');
			created.push(uri);
			const sidecar = vscode.Uri.file(uri.fsPath + '.annotations.json');
			fs.writeFileSync(sidecar.fsPath, '{ "version": 1, "fingerprint": "x", "claims": [ { "id": "c-1", "status": "maybe" } ] }\n');
			const document = await vscode.workspace.openTextDocument(sidecar);
			await vscode.window.showTextDocument(document);
			// The text is well-formed JSON: every problem reported comes from the schema (missing "tag", unknown status…).
			const problems = await waitFor(() => {
				const found = vscode.languages.getDiagnostics(sidecar);
				return found.length > 0 ? found : undefined;
			}, 15000);
			assert.ok(problems.some((problem) => /"?tag"?|maybe|not accepted|status/i.test(problem.message)), problems.map((problem) => problem.message).join(' | '));
		});
	});

	describe('an orphaned claim', () => {
		it('is kept when its text is replaced, and re-attached to a selection', async () => {
			const uri = await copyOfSample('claims-orphan.txt');
			created.push(uri);
			const document = await vscode.workspace.openTextDocument(uri);
			const editor = await vscode.window.showTextDocument(document);
			const start = document.getText().indexOf(DENIAL);
			const id = await vscode.commands.executeCommand<string>(CommandIds.tagClaim, { uri, start, end: start + DENIAL.length, tag: 'denial' });
			const range = new vscode.Range(document.positionAt(start), document.positionAt(start + DENIAL.length));
			assert.ok(await editor.edit((edit) => edit.replace(range, 'Moscow says it has no such plans.')));
			const api = await getApi();
			const orphan = (await api.getAnnotations(uri)).claims.find((claim) => claim.id === id);
			assert.equal(orphan?.orphaned, true);
			assert.equal(orphan?.target.exact, DENIAL);
			const selection = new vscode.Range(range.start, document.positionAt(start + 'Moscow says it has no such plans.'.length));
			const action = (await codeActionTitles(uri, selection)).find((candidate) => candidate.title.startsWith('Re-attach orphaned claim'));
			assert.ok(action?.command, 'a re-attach action on the selection');
			await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
			const placed = (await api.getAnnotations(uri)).claims.find((claim) => claim.id === id);
			assert.equal(placed?.orphaned, undefined);
			assert.equal(placed?.target.exact, 'Moscow says it has no such plans.');
			await vscode.commands.executeCommand('workbench.action.files.revert');
		});
	});

	describe('a corrupt sidecar', () => {
		it('pauses annotation and is left byte for byte unchanged', async () => {
			const uri = await copyOfSample('claims-corrupt.txt');
			created.push(uri);
			const corrupt = Buffer.from('{\n  "version": 1,\n  "fingerprint": "x",\n  "claims": [ { "id": "c-1", "tag": 7 ');
			fs.writeFileSync(uri.fsPath + '.annotations.json', corrupt);
			const document = await vscode.workspace.openTextDocument(uri);
			const editor = await vscode.window.showTextDocument(document);
			const at = positionOf(document, 'denies planning');
			assert.deepEqual((await codeActionTitles(uri, new vscode.Range(at, at))).filter((action) => action.title.startsWith('Tag claim')), []);
			const id = await vscode.commands.executeCommand(CommandIds.tagClaim, { uri, start: 0, end: 4, tag: 'claim' });
			assert.equal(id, undefined);
			await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Typed. '));
			await document.save();
			await new Promise((resolve) => setTimeout(resolve, 300));
			assert.deepEqual(sidecarBytes(uri), corrupt);
		});

		it('"Back up and start fresh" keeps the corrupt file as a backup and resumes annotation', async () => {
			const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'claims-corrupt.txt');
			const corrupt = sidecarBytes(uri);
			await vscode.commands.executeCommand(CommandIds.backUpSidecar, { uri });
			const backups = fs.readdirSync(workspaceFolder().uri.fsPath).filter((name) => name.startsWith('claims-corrupt.txt.annotations.json.') && name.endsWith('.bak'));
			assert.equal(backups.length, 1);
			assert.deepEqual(fs.readFileSync(vscode.Uri.joinPath(workspaceFolder().uri, backups[0]).fsPath), corrupt);
			created.push(vscode.Uri.joinPath(workspaceFolder().uri, backups[0]));
			const id = await vscode.commands.executeCommand<string>(CommandIds.tagClaim, { uri, start: 0, end: 4, tag: 'claim' });
			assert.ok(sidecarOnDisk(uri)?.claims.some((claim) => claim.id === id));
		});
	});

	it('an untitled article has no annotations, and tagging it is declined (the analyst is told to save it)', async () => {
		const api = await getApi();
		const document = await openUntitledArticle(DENIAL);
		try {
			assert.deepEqual((await api.getAnnotations(document.uri)).claims, []);
			const id = await vscode.commands.executeCommand(CommandIds.tagClaim, { uri: document.uri, start: 0, end: 10, tag: 'claim' });
			assert.equal(id, undefined);
		} finally {
			await closeUntitledArticles();
		}
	});
});
