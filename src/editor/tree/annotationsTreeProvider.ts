import * as vscode from 'vscode';
import { changedGroups, Outline, type IndexFilter, type OutlineNode, type OutlineScope } from '../../index';
import type { ArticleRule, WorkspaceIndexService } from '../index/workspaceIndexService';
import { toTreeItem } from './treeItems';

/** Context key the view's menus and welcome read: `article` or `workspace`. */
export const SCOPE_CONTEXT = 'articleAnnotator.treeScope';

/**
 * The annotations view's data: the outline of the article being read (article scope) or of every indexed
 * article narrowed by a filter (workspace scope). A refresh tells the view only about the groups that changed.
 */
export class AnnotationsTreeProvider implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
	readonly #index: WorkspaceIndexService;
	readonly #rule: Pick<ArticleRule, 'isArticle'>;
	#outline = new Outline([], 'article');
	#scope: OutlineScope = 'article';
	#filter: IndexFilter = {};
	#article: vscode.TextDocument | undefined;
	/** The newest refresh; an older one that finishes later is dropped. */
	#generation = 0;
	readonly #onDidChangeTreeData = new vscode.EventEmitter<OutlineNode | OutlineNode[] | undefined>();
	readonly onDidChangeTreeData = this.#onDidChangeTreeData.event;
	/** The view that shows this provider, once created. */
	view: vscode.TreeView<OutlineNode> | undefined;
	readonly #onDidRefresh = new vscode.EventEmitter<void>();
	/** Fires after the outline was rebuilt. */
	readonly onDidRefresh = this.#onDidRefresh.event;

	constructor(index: WorkspaceIndexService, rule: Pick<ArticleRule, 'isArticle'>) {
		this.#index = index;
		this.#rule = rule;
	}

	get scope(): OutlineScope {
		return this.#scope;
	}

	get filter(): IndexFilter {
		return this.#filter;
	}

	/** The article the article scope shows. */
	get article(): vscode.TextDocument | undefined {
		return this.#article;
	}

	get outline(): Outline {
		return this.#outline;
	}

	getTreeItem(node: OutlineNode): vscode.TreeItem {
		return toTreeItem(node, this.#scope);
	}

	getChildren(node?: OutlineNode): OutlineNode[] {
		return this.#outline.children(node);
	}

	getParent(node: OutlineNode): OutlineNode | undefined {
		return node.parent;
	}

	/** Shows the given article (or none) in the article scope. */
	async showArticle(document: vscode.TextDocument | undefined): Promise<void> {
		if (document === this.#article) return;
		this.#article = document;
		if (this.#scope === 'article') await this.refresh();
	}

	/** Shows the active editor's article; keeps the last one while it stays visible (the view has focus, say). */
	async followActiveEditor(): Promise<void> {
		const editor = vscode.window.activeTextEditor;
		if (editor && this.#rule.isArticle(editor.document)) await this.showArticle(editor.document);
		else if (!vscode.window.visibleTextEditors.some((visible) => visible.document === this.#article)) await this.showArticle(undefined);
	}

	/** Switches scope; the workspace scope shows what is indexed at once and again once the index is built. */
	async setScope(scope: OutlineScope): Promise<void> {
		await vscode.commands.executeCommand('setContext', SCOPE_CONTEXT, scope);
		if (scope === this.#scope) return;
		this.#scope = scope;
		await this.refresh();
		if (scope === 'workspace') void this.#index.whenBuilt().then(() => this.refresh());
	}

	async setFilter(filter: IndexFilter): Promise<void> {
		this.#filter = filter;
		if (this.#scope === 'workspace') await this.refresh();
	}

	/** Rebuilds the outline from the current data and tells the view what changed. */
	async refresh(): Promise<void> {
		const generation = ++this.#generation;
		const next = await this.#build();
		if (generation !== this.#generation) return;
		const previous = this.#outline;
		this.#outline = next;
		// Comparing the whole workspace outline would cost more than the view's own refresh of what is expanded.
		const changed = previous.scope === 'article' && next.scope === 'article' ? changedGroups(previous, next) : 'all';
		if (changed === 'all') this.#onDidChangeTreeData.fire(undefined);
		else if (changed.length > 0) this.#onDidChangeTreeData.fire(changed);
		this.#onDidRefresh.fire();
	}

	async #build(): Promise<Outline> {
		if (this.#scope === 'workspace') return new Outline(this.#index.index.filter(this.#filter), 'workspace', this.#filter);
		const document = this.#article;
		if (!document || document.isClosed) return new Outline([], 'article');
		return new Outline([await this.#index.entryFor(document)], 'article');
	}

	dispose(): void {
		this.#onDidChangeTreeData.dispose();
		this.#onDidRefresh.dispose();
	}
}
