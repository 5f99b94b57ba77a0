import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../../analysis';
import type { DocumentAnalyses } from '../analysis/documentAnalyses';
import type { ArticleFiles } from '../articles/articleFiles';
import type { EditorSettingsWatcher } from '../editorSettings';
import type { WorkspaceActorStats, WorkspaceMention } from './workspaceActorStats';

const CANDIDATE_FILES = '**/*.{txt,md,markdown,article}';
const EXCLUDED_FOLDERS = '**/{node_modules,.git,out,dist,.vscode-test}/**';
const MAX_FILES = 2000;

/** Mention offsets of one article, by the actor's canonical name. */
type MentionsByName = ReadonlyMap<string, ReadonlyArray<{ start: number; end: number }>>;

/**
 * Answers workspace actor questions by reading the workspace's articles (open ones as currently
 * edited), analysing each once and keeping the result until a file watcher sees the file change.
 */
export class ScannedWorkspaceActors implements WorkspaceActorStats, vscode.Disposable {
	readonly #analyses: DocumentAnalyses;
	readonly #articles: ArticleFiles;
	readonly #settings: EditorSettingsWatcher;
	readonly #byFile = new Map<string, MentionsByName>();
	/** The workspace's candidate files, each with whether an article glob setting names it. */
	#files: Promise<ReadonlyArray<{ uri: vscode.Uri; matchesGlob: boolean }>> | undefined;
	readonly #subscriptions: vscode.Disposable[];

	constructor(analyses: DocumentAnalyses, articles: ArticleFiles, settings: EditorSettingsWatcher) {
		this.#analyses = analyses;
		this.#articles = articles;
		this.#settings = settings;
		const watcher = vscode.workspace.createFileSystemWatcher(CANDIDATE_FILES);
		const forget = (uri: vscode.Uri): void => {
			this.#byFile.delete(uri.toString());
		};
		const forgetList = (): void => {
			this.#files = undefined;
		};
		this.#subscriptions = [
			watcher,
			watcher.onDidChange(forget),
			watcher.onDidCreate(forgetList),
			watcher.onDidDelete((uri) => {
				forget(uri);
				forgetList();
			}),
			vscode.workspace.onDidChangeTextDocument((event) => forget(event.document.uri)),
			analyses.onDidChange(forget),
			articles.onDidChange(() => {
				this.#byFile.clear();
				forgetList();
			}),
		];
	}

	async mentionsOf(name: string, except: vscode.Uri, token: vscode.CancellationToken): Promise<readonly WorkspaceMention[]> {
		const mentions: WorkspaceMention[] = [];
		for (const { uri, matchesGlob } of await this.#candidateFiles()) {
			if (token.isCancellationRequested) break;
			if (uri.toString() === except.toString()) continue;
			const byName = await this.#mentionsIn(uri, matchesGlob);
			for (const { start, end } of byName.get(name) ?? []) mentions.push({ uri, start, end });
		}
		return mentions;
	}

	#candidateFiles(): Promise<ReadonlyArray<{ uri: vscode.Uri; matchesGlob: boolean }>> {
		this.#files ??= (async () => {
			const byGlob = await Promise.all(
				this.#settings.current.articleGlobs.map((glob) => vscode.workspace.findFiles(glob, EXCLUDED_FOLDERS, MAX_FILES)),
			);
			const globbed = new Set(byGlob.flat().map((uri) => uri.toString()));
			const candidates = await vscode.workspace.findFiles(CANDIDATE_FILES, EXCLUDED_FOLDERS, MAX_FILES);
			const unique = new Map([...byGlob.flat(), ...candidates].map((uri) => [uri.toString(), uri]));
			return [...unique]
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([key, uri]) => ({ uri, matchesGlob: globbed.has(key) }));
		})();
		return this.#files;
	}

	async #mentionsIn(uri: vscode.Uri, matchesGlob: boolean): Promise<MentionsByName> {
		const key = uri.toString();
		let mentions = this.#byFile.get(key);
		if (!mentions) {
			mentions = await this.#scan(uri, matchesGlob);
			this.#byFile.set(key, mentions);
		}
		return mentions;
	}

	async #scan(uri: vscode.Uri, matchesGlob: boolean): Promise<MentionsByName> {
		const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
		if (open) return this.#articles.isAnalysed(open) ? mentionsByName(this.#analyses.get(open)) : new Map();
		let text: string;
		try {
			const { size } = await vscode.workspace.fs.stat(uri);
			if (size > this.#settings.current.maxArticleSizeBytes) return new Map();
			text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
		} catch {
			return new Map(); // Deleted or unreadable since it was listed: it has no mentions.
		}
		if (!this.#articles.isArticleFile(uri, text, matchesGlob)) return new Map();
		await new Promise((resolve) => setImmediate(resolve)); // Lets the extension host breathe between files.
		return mentionsByName(this.#analyses.analyzeText(uri, text));
	}

	dispose(): void {
		for (const subscription of this.#subscriptions) subscription.dispose();
	}
}

function mentionsByName(analysis: ArticleAnalysis): MentionsByName {
	return new Map(analysis.actors.map((actor) => [actor.name, actor.mentions.map(({ start, end }) => ({ start, end }))]));
}
