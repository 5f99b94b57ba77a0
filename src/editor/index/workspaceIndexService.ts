import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../../analysis';
import { articlePathFor, isSidecarPath } from '../../annotations/sidecarPaths';
import type { Claim } from '../../annotations/sidecarSchema';
import { summarizeArticle, WorkspaceIndex, type ActorCounts, type ArticleEntry, type IndexedQuote, type InArticle } from '../../index';
import type { DocumentAnalyses } from '../analysis/documentAnalyses';
import { readWorkspaceText, statWorkspaceFile } from '../workspace/workspaceFiles';
import { candidatePatterns, findCandidateArticles, maxIndexedBytes } from './articleCandidates';
import { IndexQueue } from './indexQueue';
import { readSidecarForIndex, type SidecarForIndex } from './sidecarForIndex';

/** Which documents and files are articles: the editor's rule (ArticleFiles). */
export interface ArticleRule {
	isArticle(document: vscode.TextDocument): boolean;
	/** `matchesGlob` when the `articleGlobs` setting names the file. */
	isArticleFile(uri: vscode.Uri, text: string, matchesGlob: boolean): boolean;
}

/** Where claims come from: the claims feature's sidecar service (loaded sidecars as edited, others on disk). */
export interface ClaimsSource {
	/** Fires with an article's URI after its claims changed. */
	readonly onDidChange: vscode.Event<vscode.Uri>;
	/** The article's annotations if its sidecar is loaded. */
	annotationsOf(uri: vscode.Uri): { readonly claims: Claim[] } | undefined;
	/** Loads the article's sidecar (for an open article). */
	load(uri: vscode.Uri): Promise<{ readonly claims: Claim[] }>;
	/** The file system path of the article's sidecar. */
	sidecarPathOf(uri: vscode.Uri): string;
}

/** One mention of an actor in an article of the workspace. */
export interface IndexedWorkspaceMention {
	readonly uri: vscode.Uri;
	readonly start: number;
	readonly end: number;
}

/** Delay between an edit of an open article and its re-indexing. */
const EDIT_DELAY_MS = 500;

/**
 * Keeps the workspace index: built in the background with a cancellable progress notification, the files
 * analysed on worker threads, then kept current by file watchers, renames and edits.
 */
export class WorkspaceIndexService implements vscode.Disposable {
	readonly index = new WorkspaceIndex();
	readonly #analyses: DocumentAnalyses;
	readonly #rule: ArticleRule;
	readonly #claims: ClaimsSource;
	readonly #queue = new IndexQueue(
		(uri) => this.#indexFile(uri),
		() => this.#notify(),
		() => this.#analyses.backgroundCapacity,
	);
	/** Files the `articleGlobs` setting names, by URI string. */
	readonly #globbed = new Set<string>();
	readonly #changed = new Set<string>();
	readonly #editTimers = new Map<string, NodeJS.Timeout>();
	readonly #onDidChange = new vscode.EventEmitter<readonly string[]>();
	/** Fires with the URI strings of articles whose entries changed (added, updated, removed, renamed). */
	readonly onDidChange = this.#onDidChange.event;
	readonly #subscriptions: vscode.Disposable[] = [];
	#built: Promise<void> | undefined;

	constructor(analyses: DocumentAnalyses, rule: ArticleRule, claims: ClaimsSource) {
		this.#analyses = analyses;
		this.#rule = rule;
		this.#claims = claims;
		// Claims of an article not (yet) indexed still concern the views of that article.
		this.#subscriptions.push(
			claims.onDidChange((uri) => {
				if (this.index.get(uri.toString())) this.#queue.add([uri]);
				else this.#onDidChange.fire([uri.toString()]);
			}),
		);
	}

	/** Starts the first build (once) and resolves when the index has caught up with every queued file. */
	whenBuilt(): Promise<void> {
		this.#built ??= this.#start();
		return this.#built;
	}

	/** Whether the first build has begun. */
	get started(): boolean {
		return this.#built !== undefined;
	}

	/** Whether the last long build was cancelled, leaving the index incomplete. */
	get incomplete(): boolean {
		return this.#queue.cancelled;
	}

	/** Re-indexes every article (after a registry change, say) in the background; starts the first build if need be. */
	reindexAll(): Promise<void> {
		if (!this.#built) return this.whenBuilt();
		return this.#built.then(async () => {
			this.#queue.resetCancelled();
			this.#enqueueFound(await findCandidateArticles());
			return this.#queue.whenIdle();
		});
	}

	/** The index entry of an open article as currently edited, with the claims its sidecar holds. */
	async entryFor(document: vscode.TextDocument): Promise<ArticleEntry> {
		const { claims } = await this.#claims.load(document.uri);
		// A pool of its own: the shared one would keep every word typed while the article is edited.
		return summarizeArticle(document.uri.toString(), this.#analyses.get(document), claims);
	}

	/** Every mention of the actor with that canonical name in other articles of the workspace (for hovers and references). */
	async mentionsOf(name: string, except?: vscode.Uri, token?: vscode.CancellationToken): Promise<IndexedWorkspaceMention[]> {
		await this.whenBuilt();
		if (token?.isCancellationRequested) return [];
		const skipped = except?.toString();
		return this.index
			.mentionsOf(name)
			.filter((mention) => mention.uri !== skipped)
			.map(({ uri, start, end }) => ({ uri: vscode.Uri.parse(uri), start, end }));
	}

	/** Articles, mentions and quotes of the actor with that name across the workspace, as indexed so far. */
	countsFor(name: string): ActorCounts {
		return this.index.countsFor(name);
	}

	/** Every quote of the actor with that name across the workspace, as indexed so far. */
	quotesOf(name: string): Array<InArticle<IndexedQuote>> {
		return this.index.quotesOf(name);
	}

	/** Resolves when every queued file is indexed, starting the first build if need be. */
	async whenIdle(): Promise<void> {
		await this.whenBuilt();
		await this.#queue.whenIdle();
	}

	async #start(): Promise<void> {
		this.#watch();
		this.#enqueueFound(await findCandidateArticles());
		await this.#queue.whenIdle();
	}

	#watch(): void {
		const reindex = (uri: vscode.Uri) => this.#queue.add([uri]);
		for (const { pattern, fromSetting } of candidatePatterns()) {
			const watcher = vscode.workspace.createFileSystemWatcher(pattern);
			const reindexFound = (uri: vscode.Uri) => this.#enqueueFound([{ uri, matchesGlob: fromSetting }]);
			this.#subscriptions.push(watcher, watcher.onDidCreate(reindexFound), watcher.onDidChange(reindexFound), watcher.onDidDelete((uri) => this.#removeUnder(uri)));
		}
		const sidecars = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
		const reindexArticle = (sidecar: vscode.Uri) => {
			const articlePath = isSidecarPath(sidecar.path) ? articlePathFor(sidecar.path) : undefined;
			if (articlePath && this.index.get(sidecar.with({ path: articlePath }).toString())) reindex(sidecar.with({ path: articlePath }));
		};
		this.#subscriptions.push(
			sidecars,
			sidecars.onDidCreate(reindexArticle),
			sidecars.onDidChange(reindexArticle),
			sidecars.onDidDelete(reindexArticle),
			vscode.workspace.onDidRenameFiles((event) => {
				for (const { oldUri, newUri } of event.files) this.#rename(oldUri, newUri);
			}),
			// A deleted folder's watcher event names the folder, which no article pattern matches.
			vscode.workspace.onDidDeleteFiles((event) => {
				for (const uri of event.files) this.#removeUnder(uri);
			}),
			vscode.workspace.onDidChangeTextDocument((event) => {
				if (event.contentChanges.length > 0 && this.index.get(event.document.uri.toString())) this.#scheduleEdit(event.document.uri);
			}),
		);
	}

	#scheduleEdit(uri: vscode.Uri): void {
		const key = uri.toString();
		clearTimeout(this.#editTimers.get(key));
		this.#editTimers.set(
			key,
			setTimeout(() => {
				this.#editTimers.delete(key);
				this.#queue.add([uri]);
			}, EDIT_DELAY_MS),
		);
	}

	/** Moves the entries of a renamed file, or of every article under a renamed folder. */
	#rename(oldUri: vscode.Uri, newUri: vscode.Uri): void {
		const oldKey = oldUri.toString();
		for (const entry of [...this.index.entries()]) {
			if (entry.uri !== oldKey && !entry.uri.startsWith(`${oldKey}/`)) continue;
			const moved = newUri.toString() + entry.uri.slice(oldKey.length);
			this.index.rename(entry.uri, moved);
			this.#changed.add(entry.uri).add(moved);
			this.#queue.add([vscode.Uri.parse(moved)]);
		}
		this.#notify();
	}

	#removeUnder(uri: vscode.Uri): void {
		const key = uri.toString();
		for (const entry of [...this.index.entries()]) {
			if (entry.uri === key || entry.uri.startsWith(`${key}/`)) {
				this.index.remove(entry.uri);
				this.#changed.add(entry.uri);
			}
		}
		this.#queue.delete(uri);
		this.#notify();
	}

	#enqueueFound(found: ReadonlyArray<{ uri: vscode.Uri; matchesGlob: boolean }>): void {
		for (const { uri, matchesGlob } of found) if (matchesGlob) this.#globbed.add(uri.toString());
		this.#queue.add(found.map(({ uri }) => uri));
	}

	async #indexFile(uri: vscode.Uri): Promise<void> {
		const key = uri.toString();
		try {
			const article = await this.#analyse(uri);
			if (article) this.index.set(summarizeArticle(key, article.analysis, article.claims, this.index.pool));
			else if (!this.index.remove(key)) return;
		} catch {
			// Deleted or unreadable since it was queued: it is no longer an article of the index.
			if (!this.index.remove(key)) return;
		}
		this.#changed.add(key);
	}

	/**
	 * The analysis of the file as open in an editor, else as on disk, with its claims; undefined when it is
	 * not an article. A sidecar the claims service has not loaded is read here, for its claims and for what
	 * the analyst set (reference date, speakers).
	 */
	async #analyse(uri: vscode.Uri): Promise<{ analysis: ArticleAnalysis; claims: readonly Claim[] } | undefined> {
		const loaded = this.#claims.annotationsOf(uri);
		const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
		if (open) {
			if (!this.#rule.isArticle(open)) return undefined;
			return { analysis: this.#analyses.get(open), claims: loaded?.claims ?? (await this.#readSidecar(uri)).claims };
		}
		const { size, type } = await statWorkspaceFile(uri);
		if (type !== vscode.FileType.File || size > maxIndexedBytes()) return undefined;
		const text = await readWorkspaceText(uri);
		if (!this.#rule.isArticleFile(uri, text, this.#globbed.has(uri.toString()))) return undefined;
		if (loaded) return { analysis: await this.#analyses.analyzeTextInBackground(uri, text), claims: loaded.claims };
		const sidecar = await this.#readSidecar(uri);
		return { analysis: await this.#analyses.analyzeTextInBackground(uri, text, sidecar.overrides), claims: sidecar.claims };
	}

	#readSidecar(uri: vscode.Uri): Promise<SidecarForIndex> {
		return readSidecarForIndex(vscode.Uri.file(this.#claims.sidecarPathOf(uri)));
	}

	#notify(): void {
		if (this.#changed.size === 0) return;
		const changed = [...this.#changed];
		this.#changed.clear();
		this.#onDidChange.fire(changed);
	}

	dispose(): void {
		this.#queue.clear();
		for (const timer of this.#editTimers.values()) clearTimeout(timer);
		for (const subscription of this.#subscriptions) subscription.dispose();
		this.#onDidChange.dispose();
	}
}
