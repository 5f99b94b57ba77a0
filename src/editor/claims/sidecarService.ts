import * as path from 'node:path';
import * as vscode from 'vscode';
import { ArticleAnnotations, type AnnotationDeps } from '../../annotations/articleAnnotations';
import type { TextChange } from '../../annotations/anchoring';
import { nodeFileSystem } from '../../annotations/nodeFileSystem';
import { emptySidecar } from '../../annotations/sidecarFormat';
import { SIDECAR_SUFFIX, sidecarPathFor } from '../../annotations/sidecarPaths';
import type { Claim, Sidecar } from '../../annotations/sidecarSchema';
import { SidecarStore, type SidecarFileSystem, type SidecarLoad } from '../../annotations/sidecarStore';
import type { ValidationError } from '../../shared/validation';
import type { ArticleOverrides } from '../analysis/articleOverrides';
import { activeSpeakerCorrections, type SpeakerCorrection } from '../analysis/speakerCorrections';
import { CommandIds } from '../commandIds';
import { sidecarPlacement } from './claimSettings';

/** Why annotating an article is paused: its sidecar failed validation, or a newer version wrote it. */
type SidecarProblem = { kind: 'invalid'; error: ValidationError } | { kind: 'readOnly' };

/** One article's annotations as loaded from its sidecar. */
interface ArticleSidecar {
	readonly articleUri: vscode.Uri;
	readonly sidecarPath: string;
	annotations: ArticleAnnotations;
	problem?: SidecarProblem;
	/** The sidecar file exists (so an empty state is still written). */
	onDisk: boolean;
	/** Editor edits shifted annotations since the last save; written when the article is saved. */
	unsaved: boolean;
	/** Serialises loads and saves of this sidecar. */
	queue: Promise<unknown>;
}

/**
 * Loads, keeps and saves the sidecar of each article: annotations follow editor edits exactly, are
 * re-anchored when the article changed elsewhere, reloaded when the sidecar changes on disk, and move
 * with a renamed article. A sidecar that failed validation, or that a newer version wrote, is never
 * written: annotating that article pauses and the analyst is told why. Also the store of the analyst's
 * reference dates and quote speakers (ArticleOverrides).
 */
export class SidecarService implements ArticleOverrides, vscode.Disposable {
	readonly #store: SidecarStore;
	readonly #loading = new Map<string, Promise<ArticleSidecar>>();
	readonly #loaded = new Map<string, ArticleSidecar>();
	readonly #deps: AnnotationDeps;
	readonly #onDidChangeAnnotations = new vscode.EventEmitter<vscode.Uri>();
	/** Fires with an article's URI after its annotations changed (an annotation change, an edit, a reload). */
	readonly onDidChangeAnnotations = this.#onDidChangeAnnotations.event;
	readonly #onDidChange = new vscode.EventEmitter<vscode.Uri>();
	/** Fires with an article's URI after its reference date or quote speakers changed (ArticleOverrides); not on edits. */
	readonly onDidChange = this.#onDidChange.event;
	readonly #subscriptions: vscode.Disposable[];

	constructor(deps: AnnotationDeps = {}, fileSystem: SidecarFileSystem = nodeFileSystem) {
		this.#deps = deps;
		this.#store = new SidecarStore(fileSystem);
		const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
		this.#subscriptions = [
			watcher,
			watcher.onDidChange((uri) => this.#sidecarChangedOnDisk(uri)),
			watcher.onDidCreate((uri) => this.#sidecarChangedOnDisk(uri)),
			watcher.onDidDelete((uri) => this.#sidecarChangedOnDisk(uri)),
			vscode.workspace.onDidChangeTextDocument((event) => this.#applyEdits(event)),
			vscode.workspace.onDidSaveTextDocument((document) => this.#articleSaved(document)),
			vscode.workspace.onDidCloseTextDocument((document) => this.#forget(document.uri)),
			vscode.workspace.onWillRenameFiles((event) => event.waitUntil(this.#beforeRename(event.files))),
			vscode.workspace.onDidRenameFiles((event) => void this.#afterRename(event.files)),
		];
	}

	/** The article's annotations if its sidecar is loaded (see `load`). */
	annotationsOf(uri: vscode.Uri): ArticleAnnotations | undefined {
		return this.#loaded.get(uri.toString())?.annotations;
	}

	/** The article's claims if loaded, orphaned ones included. */
	claims(uri: vscode.Uri): Claim[] {
		return this.annotationsOf(uri)?.claims ?? [];
	}

	/** True when annotating the article is paused (its sidecar is invalid or of a newer version). */
	isPaused(uri: vscode.Uri): boolean {
		return !!this.#loaded.get(uri.toString())?.problem;
	}

	/** Why annotating the article is paused, naming its sidecar; undefined when it is not paused. */
	pauseReason(uri: vscode.Uri): string | undefined {
		const state = this.#loaded.get(uri.toString());
		if (state?.problem?.kind === 'invalid') return state.problem.error.message;
		if (state?.problem?.kind === 'readOnly') return vscode.l10n.t('{0} was written by a newer version of Article Annotator', vscode.workspace.asRelativePath(state.sidecarPath));
		return undefined;
	}

	/** The path of the article's sidecar under the current settings. */
	sidecarPathOf(articleUri: vscode.Uri): string {
		return sidecarPathFor(articleUri.fsPath, sidecarPlacement(articleUri));
	}

	/**
	 * Loads the article's sidecar if not loaded yet and returns its annotations (empty when it has none).
	 * An article not on disk (an untitled editor) has no sidecar: its annotations are empty, nothing is kept.
	 */
	async load(uri: vscode.Uri): Promise<ArticleAnnotations> {
		if (!isOnDisk(uri)) return this.#noAnnotations(uri);
		return (await this.#ensure(uri)).annotations;
	}

	/**
	 * The article's sidecar as it stands (what would be written), for the API and exports: first reloaded
	 * when the file changed on disk and the watcher has not reported it yet.
	 */
	async getAnnotations(uri: vscode.Uri): Promise<Sidecar> {
		if (!isOnDisk(uri)) return this.#noAnnotations(uri).sidecar;
		const state = await this.#ensure(uri);
		await this.#reloadIfChanged(state);
		return state.annotations.sidecar;
	}

	/**
	 * Applies an annotation change and saves the sidecar. When the sidecar changed on disk meanwhile it is
	 * reloaded and the change applied again on top. Returns undefined (after telling the analyst) when
	 * annotating the article is paused, or when it is not a file on disk.
	 */
	async change<T>(uri: vscode.Uri, apply: (annotations: ArticleAnnotations, text: string) => T): Promise<T | undefined> {
		if (!isOnDisk(uri)) return this.#reportNotOnDisk(uri);
		const state = await this.#ensure(uri);
		return this.#enqueue(state, async () => {
			const document = await vscode.workspace.openTextDocument(uri);
			const overridesBefore = overridesOf(state.annotations);
			for (let attempt = 0; ; attempt++) {
				if (state.problem) {
					this.#reportProblem(state);
					return undefined;
				}
				const text = document.getText();
				const result = apply(state.annotations, text);
				// Edits typed while the file is written mark the state unsaved again.
				const wasUnsaved = state.unsaved;
				state.unsaved = false;
				const saved = await this.#store.save(state.sidecarPath, state.annotations.sidecar).catch((error: unknown) => {
					state.unsaved ||= wasUnsaved;
					throw error;
				});
				if (saved.kind === 'saved') {
					state.onDisk = true;
					this.#onDidChangeAnnotations.fire(uri);
					if (overridesOf(state.annotations) !== overridesBefore) this.#onDidChange.fire(uri);
					return result;
				}
				if (attempt > 0) throw new Error(vscode.l10n.t('{0} keeps changing on disk; try again.', state.sidecarPath));
				this.#adopt(state, await this.#store.load(state.sidecarPath), document.getText());
			}
		});
	}

	referenceDate(uri: vscode.Uri): string | undefined {
		const state = this.#loaded.get(uri.toString());
		if (!state && isOnDisk(uri)) void this.#ensure(uri);
		return state?.annotations.referenceDate;
	}

	async setReferenceDate(uri: vscode.Uri, day: string): Promise<void> {
		await this.change(uri, (annotations) => annotations.setReferenceDate(day));
	}

	speakerCorrections(uri: vscode.Uri): readonly SpeakerCorrection[] {
		return activeSpeakerCorrections(this.#loaded.get(uri.toString())?.annotations.speakerCorrections ?? []);
	}

	async setQuoteSpeaker(uri: vscode.Uri, correction: SpeakerCorrection): Promise<void> {
		await this.change(uri, (annotations, text) =>
			annotations.setQuoteSpeaker(correction.start, correction.start + correction.exact.length, correction.speaker, text),
		);
	}

	/** Renames the invalid sidecar to a dated backup beside it and starts the article's annotations afresh. */
	async backUpAndStartFresh(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
		if (!isOnDisk(uri)) return this.#reportNotOnDisk(uri);
		const state = await this.#ensure(uri);
		return this.#enqueue(state, async () => {
			const sidecar = vscode.Uri.file(state.sidecarPath);
			const backup = vscode.Uri.file(`${state.sidecarPath}.${new Date().toISOString().replace(/[:.]/g, '-')}.bak`);
			if (state.onDisk || state.problem) await vscode.workspace.fs.rename(sidecar, backup, { overwrite: false });
			this.#adopt(state, await this.#store.load(state.sidecarPath), await this.#articleText(uri));
			return backup;
		});
	}

	#ensure(uri: vscode.Uri): Promise<ArticleSidecar> {
		const key = uri.toString();
		let loading = this.#loading.get(key);
		if (!loading) {
			loading = this.#loadState(uri);
			this.#loading.set(key, loading);
			loading.catch(() => this.#loading.delete(key));
		}
		return loading;
	}

	async #loadState(uri: vscode.Uri): Promise<ArticleSidecar> {
		const sidecarPath = this.sidecarPathOf(uri);
		const loaded = await this.#store.load(sidecarPath);
		const diskText = this.#openDocument(uri) ? undefined : await this.#articleText(uri);
		// From here on synchronously: no edit event can slip between reading the text and listening for edits.
		const state: ArticleSidecar = { articleUri: uri, sidecarPath, annotations: new ArticleAnnotations(emptySidecar(''), this.#deps), onDisk: false, unsaved: false, queue: Promise.resolve() };
		this.#adopt(state, loaded, this.#openDocument(uri)?.getText() ?? diskText);
		this.#loaded.set(uri.toString(), state);
		return state;
	}

	/** Takes what loading the sidecar found as the article's state, re-anchored to `text` when that changed. */
	#adopt(state: ArticleSidecar, loaded: SidecarLoad, text: string | undefined): void {
		const overridesBefore = overridesOf(state.annotations);
		state.problem = undefined;
		state.onDisk = loaded.kind !== 'missing';
		state.unsaved = false;
		if (loaded.kind === 'loaded') {
			state.annotations = new ArticleAnnotations(loaded.sidecar, this.#deps);
			if (text !== undefined && !state.annotations.matches(text)) {
				state.annotations.reanchor(text);
				state.unsaved = true;
			}
			if (loaded.readOnly) state.problem = { kind: 'readOnly' };
		} else {
			state.annotations = new ArticleAnnotations(emptySidecar(text ?? ''), this.#deps);
			if (loaded.kind === 'invalid') state.problem = { kind: 'invalid', error: loaded.error };
		}
		if (state.problem) this.#reportProblem(state);
		this.#onDidChangeAnnotations.fire(state.articleUri);
		if (overridesOf(state.annotations) !== overridesBefore) this.#onDidChange.fire(state.articleUri);
	}

	/** Empty annotations of the article's current text, kept nowhere. */
	#noAnnotations(uri: vscode.Uri): ArticleAnnotations {
		return new ArticleAnnotations(emptySidecar(this.#openDocument(uri)?.getText() ?? ''), this.#deps);
	}

	/** Tells the analyst that an article must be saved to a file before it is annotated. */
	#reportNotOnDisk(uri: vscode.Uri): undefined {
		const name = uri.path.split('/').pop() || uri.toString();
		void vscode.window.showWarningMessage(vscode.l10n.t('Save {0} to a file first: annotations are kept in a sidecar file beside the article.', name));
		return undefined;
	}

	#reportProblem(state: ArticleSidecar): void {
		const file = vscode.workspace.asRelativePath(state.sidecarPath);
		const openSidecar = vscode.l10n.t('Open the sidecar');
		if (state.problem?.kind === 'readOnly') {
			void vscode.window
				.showWarningMessage(vscode.l10n.t('{0} was written by a newer version of Article Annotator: its annotations are shown but not changed.', file), openSidecar)
				.then((choice) => choice && vscode.commands.executeCommand(CommandIds.openSidecar, { uri: state.articleUri }));
			return;
		}
		if (state.problem?.kind !== 'invalid') return;
		const backUp = vscode.l10n.t('Back up and start fresh');
		void vscode.window
			.showErrorMessage(vscode.l10n.t('Annotating {0} is paused: {1}', path.basename(state.articleUri.fsPath), state.problem.error.message), openSidecar, backUp)
			.then((choice) => {
				if (choice === openSidecar) return vscode.commands.executeCommand(CommandIds.openSidecar, { uri: state.articleUri });
				if (choice === backUp) return vscode.commands.executeCommand(CommandIds.backUpSidecar, { uri: state.articleUri });
				return undefined;
			});
	}

	#enqueue<T>(state: ArticleSidecar, task: () => Promise<T>): Promise<T> {
		const run = state.queue.then(task, task);
		state.queue = run.catch(() => undefined);
		return run;
	}

	#applyEdits(event: vscode.TextDocumentChangeEvent): void {
		const state = this.#loaded.get(event.document.uri.toString());
		if (!state || state.problem?.kind === 'invalid' || event.contentChanges.length === 0) return;
		const changes: TextChange[] = event.contentChanges.map((change) => ({ offset: change.rangeOffset, deletedLength: change.rangeLength, insertedText: change.text }));
		const moved = state.annotations.applyEdits(changes, event.document.getText());
		state.unsaved = true;
		if (moved) this.#onDidChangeAnnotations.fire(state.articleUri);
	}

	/** Saving an article writes the shifted offsets of its annotations with the new fingerprint. */
	#articleSaved(document: vscode.TextDocument): void {
		const state = this.#loaded.get(document.uri.toString());
		if (!state?.unsaved || state.problem || (!state.onDisk && isEmpty(state.annotations.sidecar))) return;
		void this.change(document.uri, () => undefined);
	}

	async #sidecarChangedOnDisk(sidecarUri: vscode.Uri): Promise<void> {
		for (const state of this.#loaded.values()) {
			if (state.sidecarPath === sidecarUri.fsPath) await this.#reloadIfChanged(state);
		}
	}

	#reloadIfChanged(state: ArticleSidecar): Promise<void> {
		return this.#enqueue(state, async () => {
			if (!(await this.#store.changedOnDisk(state.sidecarPath))) return;
			this.#adopt(state, await this.#store.load(state.sidecarPath), await this.#articleText(state.articleUri));
		});
	}

	/** Before an article moves, writes what is pending and lets go of its state (it reloads under its new name). */
	async #beforeRename(files: ReadonlyArray<{ oldUri: vscode.Uri }>): Promise<void> {
		for (const { oldUri } of files) {
			for (const state of [...this.#loaded.values()]) {
				if (!isSameOrInside(state.articleUri, oldUri)) continue;
				if (state.unsaved && !state.problem && (state.onDisk || !isEmpty(state.annotations.sidecar))) {
					await this.change(state.articleUri, () => undefined).catch(() => undefined);
				}
				this.#forget(state.articleUri);
			}
		}
	}

	/** Moves the sidecar of each renamed article (or the mirror folder of a renamed folder); never over an existing file. */
	async #afterRename(files: ReadonlyArray<{ oldUri: vscode.Uri; newUri: vscode.Uri }>): Promise<void> {
		for (const { oldUri, newUri } of files) {
			if (oldUri.scheme !== 'file' || oldUri.fsPath.endsWith(SIDECAR_SUFFIX)) continue;
			const isFolder = (await vscode.workspace.fs.stat(newUri).then((stat) => stat.type & vscode.FileType.Directory, () => 0)) !== 0;
			const from = isFolder ? path.dirname(this.sidecarPathOf(vscode.Uri.joinPath(oldUri, 'x'))) : this.sidecarPathOf(oldUri);
			const to = isFolder ? path.dirname(this.sidecarPathOf(vscode.Uri.joinPath(newUri, 'x'))) : this.sidecarPathOf(newUri);
			if (from === to || (isFolder && from === oldUri.fsPath)) continue;
			try {
				await vscode.workspace.fs.rename(vscode.Uri.file(from), vscode.Uri.file(to), { overwrite: false });
			} catch (error) {
				if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
					void vscode.window.showWarningMessage(vscode.l10n.t('The annotations of {0} stay at {1}: {2}', path.basename(newUri.fsPath), from, (error as Error).message));
				}
			}
			this.#onDidChangeAnnotations.fire(newUri);
			this.#onDidChange.fire(newUri);
		}
	}

	#forget(uri: vscode.Uri): void {
		const key = uri.toString();
		const state = this.#loaded.get(key);
		this.#loaded.delete(key);
		this.#loading.delete(key);
		if (state) this.#store.forget(state.sidecarPath);
	}

	#openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
		return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
	}

	/** The article's text: the open document's, else the file's; undefined when the article is gone. */
	async #articleText(uri: vscode.Uri): Promise<string | undefined> {
		const document = this.#openDocument(uri);
		if (document) return document.getText();
		try {
			return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
		} catch {
			return undefined;
		}
	}

	dispose(): void {
		for (const subscription of this.#subscriptions) subscription.dispose();
		this.#onDidChangeAnnotations.dispose();
		this.#onDidChange.dispose();
	}
}

/** What the analysis reads from a sidecar, as one string: it changes exactly when the analysis must be redone. */
function overridesOf(annotations: ArticleAnnotations): string {
	const corrections = annotations.speakerCorrections.filter((correction) => !correction.orphaned);
	return JSON.stringify([annotations.referenceDate ?? null, corrections.map(({ target, speaker }) => [target.exact, speaker])]);
}

/** Only an article saved as a file has a sidecar (beside it or in the mirror folder). */
function isOnDisk(uri: vscode.Uri): boolean {
	return uri.scheme === 'file';
}

function isEmpty(sidecar: Sidecar): boolean {
	return sidecar.claims.length === 0 && sidecar.speakerCorrections.length === 0 && sidecar.actorCorrections.length === 0 && !sidecar.referenceDate;
}

function isSameOrInside(uri: vscode.Uri, folderOrFile: vscode.Uri): boolean {
	const inner = uri.toString();
	const outer = folderOrFile.toString();
	return inner === outer || inner.startsWith(outer.endsWith('/') ? outer : outer + '/');
}
