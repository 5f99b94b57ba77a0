import * as vscode from 'vscode';

/** Queued work above this many files shows a progress notification. */
const PROGRESS_THRESHOLD = 20;
/** How often the notification and `onProgress` are told while a long run drains. */
const PROGRESS_INTERVAL_MS = 300;

/**
 * Files waiting to be (re-)indexed, drained a few at a time (as many as the analysis runs at once) with a
 * yield to the extension host after each. A long run shows a cancellable progress notification;
 * cancelling empties the queue.
 */
export class IndexQueue {
	readonly #pending = new Map<string, vscode.Uri>();
	readonly #index: (uri: vscode.Uri) => Promise<void>;
	readonly #onProgress: () => void;
	readonly #concurrency: () => number;
	#draining: Promise<void> | undefined;
	#cancelled = false;

	/**
	 * `index` handles one file; `onProgress` runs every few hundred milliseconds of a run and at its end;
	 * `concurrency` says how many files may be indexed at once.
	 */
	constructor(index: (uri: vscode.Uri) => Promise<void>, onProgress: () => void, concurrency: () => number) {
		this.#index = index;
		this.#onProgress = onProgress;
		this.#concurrency = concurrency;
	}

	/** Whether the analyst cancelled a run since the last `resetCancelled`. */
	get cancelled(): boolean {
		return this.#cancelled;
	}

	resetCancelled(): void {
		this.#cancelled = false;
	}

	/** Queues files (once each) and starts draining if not already. */
	add(uris: readonly vscode.Uri[]): void {
		for (const uri of uris) this.#pending.set(uri.toString(), uri);
		if (this.#draining || this.#pending.size === 0) return;
		const drain =
			this.#pending.size >= PROGRESS_THRESHOLD
				? vscode.window.withProgress(
						{ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Indexing articles'), cancellable: true },
						(progress, token) => this.#drain(token, progress),
					)
				: this.#drain();
		this.#draining = Promise.resolve(drain).finally(() => {
			this.#draining = undefined;
			this.add([]);
		});
	}

	/** Forgets a queued file (it was deleted). */
	delete(uri: vscode.Uri): void {
		this.#pending.delete(uri.toString());
	}

	clear(): void {
		this.#pending.clear();
	}

	/** Resolves when nothing is queued any more. */
	whenIdle(): Promise<void> {
		return this.#draining ? this.#draining.then(() => this.whenIdle()) : Promise.resolve();
	}

	async #drain(token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<void> {
		let done = 0;
		let reported = Date.now();
		let reportedPercent = 0;
		const running = new Map<string, Promise<void>>();
		for (;;) {
			if (token?.isCancellationRequested) {
				this.#cancelled = true;
				this.#pending.clear();
			}
			// A file queued again while it is being indexed waits for that run to end.
			for (const [key, uri] of this.#pending) {
				if (running.size >= this.#concurrency()) break;
				if (running.has(key)) continue;
				this.#pending.delete(key);
				const run = this.#index(uri).finally(() => {
					running.delete(key);
					done++;
				});
				running.set(key, run);
			}
			if (running.size === 0) break;
			await Promise.race(running.values());
			if (Date.now() - reported > PROGRESS_INTERVAL_MS) {
				const total = done + running.size + this.#pending.size;
				// Files queued meanwhile can lower the share; the bar never goes back.
				const percent = Math.max(reportedPercent, (100 * done) / total);
				progress?.report({ message: vscode.l10n.t('{0} of {1}', done, total), increment: percent - reportedPercent });
				reportedPercent = percent;
				this.#onProgress();
				reported = Date.now();
			}
			// Lets the extension host serve the editor between files.
			await new Promise((resolve) => setImmediate(resolve));
		}
		this.#onProgress();
	}
}
