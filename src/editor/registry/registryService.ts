import * as vscode from 'vscode';
import { emptyRegistry, formatRegistry, parseRegistry, REGISTRY_PATH, type Registry } from '../../registry';
import { ValidationError } from '../../shared/validation';

/**
 * The analyst's actor registry (`.article-annotator/actors.json` in the first workspace folder): loaded,
 * validated and watched. An invalid file is reported (naming the file and the field) and never
 * overwritten; the last valid registry stays in force until the file is fixed.
 */
export class RegistryService implements vscode.Disposable {
	#registry: Registry = emptyRegistry();
	#error: ValidationError | undefined;
	#lastReported: string | undefined;
	readonly #onDidChange = new vscode.EventEmitter<Registry>();
	/** Fires with the registry after a valid version of the file was read (or the file was deleted). */
	readonly onDidChange = this.#onDidChange.event;
	readonly #subscriptions: vscode.Disposable[] = [];

	constructor() {
		const folder = vscode.workspace.workspaceFolders?.[0];
		if (!folder) return;
		const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, REGISTRY_PATH));
		const reload = () => void this.load();
		this.#subscriptions.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
	}

	/** The registry in force: the file's, or the last valid one while the file is invalid. */
	get current(): Registry {
		return this.#registry;
	}

	/** What is wrong with the file, when it is invalid. */
	get error(): ValidationError | undefined {
		return this.#error;
	}

	/** The registry file's URI, or undefined without a workspace folder. */
	get uri(): vscode.Uri | undefined {
		const folder = vscode.workspace.workspaceFolders?.[0];
		return folder && vscode.Uri.joinPath(folder.uri, REGISTRY_PATH);
	}

	/** Reads the file; a valid one replaces the registry in force and fires onDidChange. */
	async load(): Promise<void> {
		const uri = this.uri;
		if (!uri) return;
		let text: string | undefined;
		try {
			text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
		} catch {
			text = undefined;
		}
		try {
			const registry = text === undefined ? emptyRegistry() : parseRegistry(vscode.workspace.asRelativePath(uri), text);
			this.#error = undefined;
			this.#lastReported = undefined;
			if (JSON.stringify(registry) === JSON.stringify(this.#registry)) return;
			this.#registry = registry;
			this.#onDidChange.fire(registry);
		} catch (error) {
			if (!(error instanceof ValidationError)) throw error;
			this.#error = error;
			this.#report(error);
		}
	}

	/**
	 * Applies a change to the registry and writes the file. Refuses (and says why) while the file is
	 * invalid, so an analyst's broken edit is never overwritten. Returns whether the file was written.
	 */
	async edit(change: (registry: Registry) => Registry): Promise<boolean> {
		const uri = this.uri;
		if (!uri) {
			void vscode.window.showWarningMessage(vscode.l10n.t('The actor registry needs a workspace folder.'));
			return false;
		}
		if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && document.isDirty)) {
			void vscode.window.showWarningMessage(vscode.l10n.t('Save the actor registry first: it has unsaved changes.'));
			return false;
		}
		await this.load();
		if (this.#error) {
			void vscode.window.showErrorMessage(vscode.l10n.t('The actor registry was not changed: {0}', this.#error.message));
			return false;
		}
		const changed = change(this.#registry);
		if (changed === this.#registry) return false;
		await writeText(uri, formatRegistry(changed));
		await this.load();
		return true;
	}

	#report(error: ValidationError): void {
		if (this.#lastReported === error.message) return;
		this.#lastReported = error.message;
		const open = vscode.l10n.t('Open the Registry');
		void vscode.window.showErrorMessage(vscode.l10n.t('The actor registry is invalid and was not applied: {0}', error.message), open).then((choice) => {
			if (choice === open && this.uri) void vscode.window.showTextDocument(this.uri);
		});
	}

	dispose(): void {
		for (const subscription of this.#subscriptions) subscription.dispose();
		this.#onDidChange.dispose();
	}
}

/** Writes a file, through its open document when one is open so the editor and the disk agree. */
async function writeText(uri: vscode.Uri, text: string): Promise<void> {
	const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
	if (!open) {
		await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
		return;
	}
	const edit = new vscode.WorkspaceEdit();
	edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), text);
	await vscode.workspace.applyEdit(edit);
	await open.save();
}
