import * as vscode from 'vscode';
import type { Sidecar } from '../../annotations/sidecarSchema';
import type { ArticleExport } from '../../export';
import { inLanes } from '../../shared/inLanes';
import type { Services } from '../services';
import { readWorkspaceText, statWorkspaceFile } from '../workspace/workspaceFiles';

/**
 * The articles as the editor shows them, ready for export: an open document's text and cached analysis, or
 * the file's text analysed on the pool's worker threads (many at once), with the registry and the analyst's
 * overrides; and the sidecar as it stands in memory (null when the article has no sidecar file). `file` is
 * the path relative to the workspace folder. Articles not reached before cancellation are left out.
 */
export async function articleExports(services: Services, uris: readonly vscode.Uri[], token?: vscode.CancellationToken, onArticle?: () => void): Promise<ArticleExport[]> {
	const articles: Array<ArticleExport | undefined> = [];
	// As many articles at once as keep the analysis threads busy.
	const read = async (at: number) => {
		articles[at] = await articleExport(services, uris[at]);
		onArticle?.();
	};
	await inLanes(uris.length, services.analyses.backgroundCapacity, read, () => token?.isCancellationRequested ?? false);
	return articles.filter((article) => article !== undefined);
}

async function articleExport(services: Services, uri: vscode.Uri): Promise<ArticleExport> {
	const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
	const text = open ? open.getText() : await readWorkspaceText(uri);
	return {
		file: vscode.workspace.asRelativePath(uri, false).split('\\').join('/'),
		text,
		analysis: open ? services.analyses.get(open) : await services.analyses.analyzeTextInBackground(uri, text),
		sidecar: await sidecarOf(services, uri),
	};
}

async function sidecarOf(services: Services, uri: vscode.Uri): Promise<Sidecar | null> {
	if (uri.scheme !== 'file') return null;
	const sidecar = await services.sidecars.getAnnotations(uri);
	const onDisk = await statWorkspaceFile(vscode.Uri.file(services.sidecars.sidecarPathOf(uri))).then(() => true, () => false);
	return onDisk || sidecar.claims.length > 0 ? sidecar : null;
}
