import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleAnnotations } from '../../annotations/articleAnnotations';
import { importClaims, parseBratAnnotations, parseW3cAnnotations, type ImportedClaim, type ImportResult } from '../../import';
import type { Services } from '../services';

/** Arguments of `articleAnnotator.import`; whatever is missing is asked for (the article defaults to the active one). */
export interface ImportArgs {
	/** The brat `.ann` or W3C Web Annotation JSON file: a URI or a file system path. */
	file?: vscode.Uri | string;
	article?: vscode.Uri | string;
}

/**
 * Imports a brat `.ann` or W3C Web Annotation file into an article's sidecar as claims, placed as the claims
 * are re-anchored; what cannot be placed is kept as orphaned. The claims are added through the sidecar
 * service as one undoable change (an atomic write that never overwrites an invalid, newer or changed
 * sidecar). Returns what happened, or undefined when cancelled or refused.
 */
export async function importAnnotations(services: Services, args: ImportArgs = {}): Promise<ImportResult | undefined> {
	const article = toUri(args.article) ?? vscode.window.activeTextEditor?.document.uri;
	if (!article || article.scheme !== 'file') {
		void vscode.window.showWarningMessage(vscode.l10n.t('Open the article to import annotations into first.'));
		return undefined;
	}
	const file = toUri(args.file) ?? (await pickFile(article));
	if (!file) return undefined;
	await services.sidecars.getAnnotations(article); // loads the sidecar, or reloads it when changed on disk
	if (services.sidecars.isPaused(article)) return refuse(services, article);
	const text = (await vscode.workspace.openTextDocument(article)).getText();
	const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
	let parsed;
	try {
		parsed = file.path.endsWith('.ann') ? parseBratAnnotations(content, text) : parseW3cAnnotations(content, text, path.basename(article.fsPath));
	} catch (error) {
		void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import {0}: {1}', path.basename(file.fsPath), (error as Error).message));
		return undefined;
	}
	// The sidecar may turn out invalid or newer between the check above and the write.
	const result = await services.sidecars.change(article, (annotations, current) => addImportedClaims(annotations, current, parsed.claims));
	if (!result) return refuse(services, article);
	void vscode.window.showInformationMessage(
		vscode.l10n.t('Imported {0} claim(s) into {1}: {2} placed, {3} orphaned, {4} already there, {5} other annotation(s) skipped.', result.placed + result.orphaned, path.basename(article.fsPath), result.placed, result.orphaned, result.duplicates, parsed.skipped),
	);
	return result;
}

/** Adds the claims `importClaims` would add to the article's sidecar, as one undoable change. */
function addImportedClaims(annotations: ArticleAnnotations, text: string, imported: readonly ImportedClaim[]): ImportResult {
	const known = new Set(annotations.claims.map((claim) => claim.id));
	const result = importClaims(annotations.sidecar, text, imported);
	annotations.addClaims(result.sidecar.claims.filter((claim) => !known.has(claim.id)));
	return { ...result, sidecar: annotations.sidecar };
}

/** Tells the analyst nothing was imported because the article's sidecar cannot be changed. */
function refuse(services: Services, article: vscode.Uri): undefined {
	const reason = services.sidecars.pauseReason(article) ?? vscode.workspace.asRelativePath(services.sidecars.sidecarPathOf(article));
	void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was imported into {0}, and its sidecar is left unchanged: {1}', path.basename(article.fsPath), reason));
	return undefined;
}

function toUri(value: vscode.Uri | string | undefined): vscode.Uri | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'string') return value;
	return /^[a-z][a-z0-9+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}

async function pickFile(article: vscode.Uri): Promise<vscode.Uri | undefined> {
	const [picked] =
		(await vscode.window.showOpenDialog({
			canSelectMany: false,
			defaultUri: vscode.Uri.file(path.dirname(article.fsPath)),
			filters: { [vscode.l10n.t('brat or W3C Web Annotation')]: ['ann', 'json', 'jsonld'] },
			openLabel: vscode.l10n.t('Import'),
			title: vscode.l10n.t('Import annotations into {0}', path.basename(article.fsPath)),
		})) ?? [];
	return picked;
}
