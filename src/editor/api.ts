import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../analysis';
import type { Sidecar } from '../annotations/sidecarSchema';
import type { AppliedDecorations } from './decorations/articleDecorations';
import type { IndexFilter, OutlineScope } from '../index';
import type { Services } from './services';
import { treeChildren, type TreeNodeView } from './tree/treeApi';

/** What `activate()` returns, for tests, scripts and other extensions. */
export interface ArticleAnnotatorApi {
	/** The analysis of the document as currently open (opened if needed): the CLI's plain data. */
	getAnalysis(uri: vscode.Uri): Promise<ArticleAnalysis>;
	/** The article's annotations as its sidecar holds them, with offsets into the document as open (loaded if needed). */
	getAnnotations(uri: vscode.Uri): Promise<Sidecar>;
	/** Whether the editor features (highlights, hovers, navigation) work on the file (opened if needed). */
	isArticle(uri: vscode.Uri): Promise<boolean>;
	/** The highlights last applied to the file in its visible editors (offset spans per category), if any. */
	getDecorations(uri: vscode.Uri): AppliedDecorations | undefined;
	/** Fires after a file's highlights were updated. */
	readonly onDidUpdateDecorations: vscode.Event<AppliedDecorations>;
	/** Milliseconds `activate()` took, wall clock. */
	readonly activationMs: number;
	/** CPU milliseconds the extension host spent in `activate()` (less sensitive to a busy machine). */
	readonly activationCpuMs: number;
	/** The annotations view's children of the node with that id (the roots without one), as it shows them; the roots bring it up to date. */
	getTreeChildren(id?: string): Promise<TreeNodeView[]>;
	/** Shows the active article or the whole workspace (narrowed by `filter`) in the annotations view; the workspace once indexed. */
	setTreeScope(scope: OutlineScope, filter?: IndexFilter): Promise<void>;
	/** Resolves when the workspace index has caught up with every file queued so far (starting it if need be). */
	whenIndexed(): Promise<void>;
	/** The ids of the nodes selected in the annotations view. */
	getTreeSelection(): string[];
}

/** The API object; `activationStartedAt` holds the clock and CPU usage at which `activate()` began. */
export function createApi(
	services: Services,
	activationStartedAt = { wallMs: performance.now(), cpu: process.cpuUsage() },
): ArticleAnnotatorApi {
	const activationCpu = process.cpuUsage(activationStartedAt.cpu);
	return {
		getAnnotations: (uri) => services.sidecars.getAnnotations(uri),
		async getAnalysis(uri) {
			return services.analyses.get(await vscode.workspace.openTextDocument(uri));
		},
		async isArticle(uri) {
			return services.articles.isAnalysed(await vscode.workspace.openTextDocument(uri));
		},
		getDecorations: (uri) => services.decorations.applied(uri),
		onDidUpdateDecorations: services.decorations.onDidApply,
		activationMs: performance.now() - activationStartedAt.wallMs,
		activationCpuMs: (activationCpu.user + activationCpu.system) / 1000,
		getTreeChildren: (id) => treeChildren(services.annotationsTree, id),
		async setTreeScope(scope, filter = {}) {
			if (scope === 'workspace') await services.index.whenBuilt();
			await services.annotationsTree.setFilter(filter);
			await services.annotationsTree.setScope(scope);
			await services.annotationsTree.refresh();
		},
		whenIndexed: () => services.index.whenIdle(),
		getTreeSelection: () => services.annotationsTree.view?.selection.map((node) => node.id) ?? [],
	};
}
