import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, isExportFormatId, writeArticles, type ExportFormat, type ExportFormatId, type ExportOutput } from '../../export';
import type { OutlineNode } from '../../index';
import type { Services } from '../services';
import { articleExports } from './articleExports';

export type ExportScope = 'article' | 'workspace' | 'selection';

/** Arguments of `articleAnnotator.export`; whatever is missing is asked for. Tests and scripts pass all three. */
export interface ExportArgs {
	format?: ExportFormatId;
	scope?: ExportScope;
	/** The file to write (a folder for brat): a URI or a file system path. */
	out?: vscode.Uri | string;
	/** CSV: start with a UTF-8 byte-order mark. */
	byteOrderMark?: boolean;
}

/**
 * Exports articles in a format the analyst picks: the active article, every article of the workspace, or
 * the articles of the nodes selected in the annotations view (run from its context menu, VS Code passes
 * the clicked node and the selection; from the palette, the view's selection). Returns the written URI, or
 * undefined when cancelled.
 */
export async function exportArticles(services: Services, arg?: ExportArgs | OutlineNode, selectedNodes?: readonly OutlineNode[]): Promise<vscode.Uri | undefined> {
	const fromTree = arg && 'type' in arg && 'id' in arg ? [...new Set([arg, ...(selectedNodes ?? [])])] : undefined;
	const args: ExportArgs = fromTree ? { scope: 'selection' } : ((arg as ExportArgs | undefined) ?? {});
	const format = args.format ? checkedFormat(args.format) : await pickFormat();
	if (!format) return undefined;
	const scope = args.scope ?? (await pickScope(services));
	if (!scope) return undefined;
	const uris = await articlesIn(services, scope, fromTree ?? treeSelection(services));
	if (uris.length === 0) {
		void vscode.window.showWarningMessage(vscode.l10n.t('There is no article to export.'));
		return undefined;
	}
	const out = args.out ? (typeof args.out === 'string' ? vscode.Uri.file(args.out) : args.out) : await pickDestination(format, uris);
	if (!out) return undefined;
	const output = await vscode.window.withProgress(
		{ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} article(s) as {1}', uris.length, format.label), cancellable: true },
		async (progress, token) => {
			const articles = await articleExports(services, uris, token, () => progress.report({ increment: 100 / uris.length }));
			return token.isCancellationRequested ? undefined : writeArticles(format.writer, articles, { byteOrderMark: args.byteOrderMark });
		},
	);
	if (!output) return undefined;
	await writeOutput(output, out);
	for (const warning of output.warnings) void vscode.window.showWarningMessage(warning);
	if (!args.out) void announce(out, output);
	return out;
}

function checkedFormat(id: string): ExportFormat {
	if (!isExportFormatId(id)) throw new Error(vscode.l10n.t('Unknown export format "{0}"; one of {1}', id, EXPORT_FORMAT_IDS.join(', ')));
	return EXPORT_FORMATS[id];
}

async function pickFormat(): Promise<ExportFormat | undefined> {
	const picked = await vscode.window.showQuickPick(
		EXPORT_FORMAT_IDS.map((id) => ({ label: EXPORT_FORMATS[id].label, detail: vscode.l10n.t(EXPORT_FORMATS[id].description), id })),
		{ title: vscode.l10n.t('Export annotations: format') },
	);
	return picked && EXPORT_FORMATS[picked.id];
}

async function pickScope(services: Services): Promise<ExportScope | undefined> {
	const items: Array<vscode.QuickPickItem & { scope: ExportScope }> = [];
	const active = vscode.window.activeTextEditor?.document;
	if (active && services.articles.isArticle(active)) items.push({ label: vscode.l10n.t('This article'), description: path.basename(active.uri.fsPath), scope: 'article' });
	items.push({ label: vscode.l10n.t('The workspace'), description: vscode.l10n.t('every article of the workspace'), scope: 'workspace' });
	const selected = treeSelection(services);
	if (selected.length > 0) items.push({ label: vscode.l10n.t('The selection in the Annotations view'), description: vscode.l10n.t('the articles of {0} selected node(s)', selected.length), scope: 'selection' });
	return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export annotations: which articles') }))?.scope;
}

async function articlesIn(services: Services, scope: ExportScope, nodes: readonly OutlineNode[]): Promise<vscode.Uri[]> {
	if (scope === 'article') {
		const document = vscode.window.activeTextEditor?.document;
		return document ? [document.uri] : [];
	}
	if (scope === 'workspace') {
		await services.index.whenBuilt();
		return [...services.index.index.entries()].map((entry) => vscode.Uri.parse(entry.uri)).sort((a, b) => a.toString().localeCompare(b.toString()));
	}
	return selectedArticles(services, nodes);
}

/** The nodes selected in the annotations view. */
function treeSelection(services: Services): readonly OutlineNode[] {
	return services.annotationsTree.view?.selection ?? [];
}

/** The articles under the selected nodes of the annotations view: their own, or their descendants'. */
function selectedArticles(services: Services, nodes: readonly OutlineNode[]): vscode.Uri[] {
	const uris = new Set<string>();
	const visit = (node: OutlineNode) => {
		if ('location' in node) uris.add(node.location.uri);
		else for (const child of services.annotationsTree.getChildren(node)) visit(child);
	};
	nodes.forEach(visit);
	return [...uris].sort().map((uri) => vscode.Uri.parse(uri));
}

async function pickDestination(format: ExportFormat, uris: readonly vscode.Uri[]): Promise<vscode.Uri | undefined> {
	const folder = vscode.workspace.getWorkspaceFolder(uris[0])?.uri ?? vscode.Uri.file(path.dirname(uris[0].fsPath));
	if (format.output === 'folder') {
		const [picked] = (await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: folder, openLabel: vscode.l10n.t('Export here'), title: vscode.l10n.t('Folder for the {0} files', format.label) })) ?? [];
		return picked;
	}
	const name = uris.length === 1 ? path.basename(uris[0].fsPath).replace(/\.[^.]*$/, '') : 'annotations';
	return vscode.window.showSaveDialog({
		defaultUri: vscode.Uri.joinPath(folder, `${name}.${format.id === 'claimreview' ? 'claimreview.' : format.id === 'w3c' ? 'w3c.' : ''}${format.extension}`),
		filters: { [format.label]: [format.extension] },
		title: vscode.l10n.t('Export as {0}', format.label),
	});
}

async function writeOutput(output: ExportOutput, out: vscode.Uri): Promise<void> {
	const encoder = new TextEncoder();
	if (output.kind === 'document') {
		await vscode.workspace.fs.writeFile(out, encoder.encode(output.content));
		return;
	}
	await vscode.workspace.fs.createDirectory(out);
	for (const file of output.files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(out, file.path), encoder.encode(file.content));
}

async function announce(out: vscode.Uri, output: ExportOutput): Promise<void> {
	const open = vscode.l10n.t('Open');
	const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}', vscode.workspace.asRelativePath(out)), open);
	if (choice !== open) return;
	if (output.kind === 'folder') await vscode.commands.executeCommand('revealInExplorer', out);
	else if (out.path.endsWith('.md')) await vscode.commands.executeCommand('markdown.showPreview', out);
	else await vscode.window.showTextDocument(out);
}
