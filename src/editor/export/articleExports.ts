import * as vscode from 'vscode';
import type { Sidecar } from '../../annotations/sidecarSchema';
import type { ArticleExport } from '../../export';
import type { Services } from '../services';

/**
 * The articles as the editor shows them, ready for export: the open document's text (or the file's), the
 * cached analysis with the registry and the analyst's overrides, and the sidecar as it stands in memory
 * (null when the article has no sidecar file). `file` is the path relative to the workspace folder.
 */
export async function articleExports(services: Services, uris: readonly vscode.Uri[], token?: vscode.CancellationToken, onArticle?: () => void): Promise<ArticleExport[]> {
	const articles: ArticleExport[] = [];
	for (const uri of uris) {
		if (token?.isCancellationRequested) break;
		const document = await vscode.workspace.openTextDocument(uri);
		articles.push({
			file: vscode.workspace.asRelativePath(uri, false).split('\\').join('/'),
			text: document.getText(),
			analysis: services.analyses.get(document),
			sidecar: await sidecarOf(services, uri),
		});
		onArticle?.();
	}
	return articles;
}

async function sidecarOf(services: Services, uri: vscode.Uri): Promise<Sidecar | null> {
	if (uri.scheme !== 'file') return null;
	const sidecar = await services.sidecars.getAnnotations(uri);
	const onDisk = await vscode.workspace.fs.stat(vscode.Uri.file(services.sidecars.sidecarPathOf(uri))).then(() => true, () => false);
	return onDisk || sidecar.claims.length > 0 ? sidecar : null;
}
