import * as vscode from 'vscode';
import { isEmptyFilter, type OutlineNode } from '../../index';
import { CommandIds } from '../commandIds';
import type { WorkspaceIndexService } from '../index/workspaceIndexService';
import type { Services } from '../services';
import { SCOPE_CONTEXT, type AnnotationsTreeProvider } from './annotationsTreeProvider';
import { pickTreeFilter } from './treeFilterPick';
import { articleName } from './treeItems';

/** The id of the annotations view (package.json `contributes.views`). */
export const ANNOTATIONS_VIEW_ID = 'articleAnnotator.annotations';

/** Context key the view's menus read: whether the workspace scope is filtered. */
const FILTERED_CONTEXT = 'articleAnnotator.treeFiltered';

/** Delay after an edit before the article scope is rebuilt, and after index changes before the workspace scope is. */
const EDIT_REFRESH_MS = 300;
const SELECTION_REVEAL_MS = 150;

/**
 * The annotations view: creates the tree view over `provider`, keeps it on the article being read, follows
 * the editor's selection with `reveal`, and registers the view's commands.
 */
export function registerAnnotationsTree(services: Services): void {
	const { annotationsTree: provider, index, analyses } = services;
	const view = vscode.window.createTreeView(ANNOTATIONS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
	provider.view = view;
	const refreshSoon = debounce(() => void provider.refresh(), EDIT_REFRESH_MS);
	// While the index is built it reports every few hundred milliseconds: a debounce would show nothing until the end.
	const refreshWorkspaceSoon = throttle(() => void provider.refresh(), EDIT_REFRESH_MS);
	const revealSoon = debounce((editor: vscode.TextEditor) => void revealSelection(view, provider, editor), SELECTION_REVEAL_MS);

	const isShown = (uri: vscode.Uri) => provider.scope === 'workspace' || uri.toString() === provider.article?.uri.toString();

	void vscode.commands.executeCommand('setContext', SCOPE_CONTEXT, 'article');
	void provider.followActiveEditor();
	services.context.subscriptions.push(
		view,
		vscode.window.onDidChangeActiveTextEditor(() => provider.followActiveEditor()),
		vscode.workspace.onDidCloseTextDocument((document) => {
			if (document === provider.article) void provider.showArticle(undefined);
		}),
		vscode.workspace.onDidChangeTextDocument((event) => {
			if (provider.scope === 'article' && event.document === provider.article && event.contentChanges.length > 0) refreshSoon();
		}),
		analyses.onDidChange((uri) => {
			if (isShown(uri)) refreshSoon();
		}),
		index.onDidChange((uris) => {
			if (provider.scope === 'workspace') refreshWorkspaceSoon();
			else if (uris.includes(provider.article?.uri.toString() ?? '')) refreshSoon();
		}),
		vscode.window.onDidChangeTextEditorSelection((event) => {
			// Revealing never moves the editor's selection, so a click in the view that selects text cannot loop back.
			if (view.visible && provider.scope === 'article' && event.textEditor.document === provider.article) revealSoon(event.textEditor);
		}),
		provider.onDidRefresh(() => describeView(view, provider, index)),
		vscode.commands.registerCommand(CommandIds.showWorkspaceTree, () => provider.setScope('workspace')),
		vscode.commands.registerCommand(CommandIds.showArticleTree, () => provider.setScope('article')),
		vscode.commands.registerCommand(CommandIds.filterTree, async () => {
			await index.whenBuilt();
			const filter = await pickTreeFilter(index.index, provider.filter);
			if (!filter) return;
			await vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, !isEmptyFilter(filter));
			await provider.setFilter(filter);
			await provider.setScope('workspace');
		}),
		vscode.commands.registerCommand(CommandIds.clearTreeFilter, async () => {
			await vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, false);
			await provider.setFilter({});
		}),
		vscode.commands.registerCommand(CommandIds.copyQuoteWithAttribution, async (node?: OutlineNode) => {
			const quote = node ?? view.selection[0];
			if (quote?.type !== 'quote') return;
			const speaker = quote.speakerName ?? vscode.l10n.t('unattributed');
			await vscode.env.clipboard.writeText(vscode.l10n.t('{0} — {1} ({2})', quote.text, speaker, articleName(quote.location.uri)));
		}),
		vscode.commands.registerCommand(CommandIds.reindexWorkspace, () => index.reindexAll()),
	);
}

/** Selects the node of whatever the cursor is on (a claim, a quote, a date, a mention) without taking focus. */
async function revealSelection(view: vscode.TreeView<OutlineNode>, provider: AnnotationsTreeProvider, editor: vscode.TextEditor): Promise<void> {
	if (editor.document !== provider.article) return;
	const node = provider.outline.nodeAt(editor.document.uri.toString(), editor.document.offsetAt(editor.selection.active));
	if (node) await view.reveal(node, { select: true, focus: false, expand: false });
}

/** The view's description says the scope and the filter; its message says when the index is incomplete. */
function describeView(view: vscode.TreeView<OutlineNode>, provider: AnnotationsTreeProvider, index: WorkspaceIndexService): void {
	if (provider.scope === 'article') {
		view.description = provider.article ? articleName(provider.article.uri.toString()) : undefined;
		view.message = undefined;
		return;
	}
	const { actor, tag, status, from, to } = provider.filter;
	const filter = [actor, tag, status, from || to ? `${from ?? ''}..${to ?? ''}` : undefined].filter(Boolean).join(', ');
	view.description = filter ? vscode.l10n.t('Workspace: {0}', filter) : vscode.l10n.t('Workspace');
	view.message = index.incomplete ? vscode.l10n.t('Indexing was cancelled: some articles are missing. Run “Re-index the Workspace” to complete it.') : undefined;
}

/** Runs `run` `delayMs` after the last call. */
function debounce<A extends unknown[]>(run: (...args: A) => void, delayMs: number): (...args: A) => void {
	let timer: NodeJS.Timeout | undefined;
	return (...args) => {
		clearTimeout(timer);
		timer = setTimeout(() => run(...args), delayMs);
	};
}

/** Runs `run` `delayMs` after the first of a burst of calls, so a steady stream of calls still runs it regularly. */
function throttle(run: () => void, delayMs: number): () => void {
	let timer: NodeJS.Timeout | undefined;
	return () => {
		timer ??= setTimeout(() => {
			timer = undefined;
			run();
		}, delayMs);
	};
}
