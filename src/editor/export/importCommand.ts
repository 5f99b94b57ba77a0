import * as path from 'node:path';
import * as vscode from 'vscode';
import { serializeSidecar } from '../../annotations/sidecarFormat';
import { importClaims, parseBratAnnotations, parseW3cAnnotations, type ImportResult } from '../../import';
import type { Services } from '../services';

/** Arguments of `articleAnnotator.import`; whatever is missing is asked for (the article defaults to the active one). */
export interface ImportArgs {
	/** The brat `.ann` or W3C Web Annotation JSON file: a URI or a file system path. */
	file?: vscode.Uri | string;
	article?: vscode.Uri | string;
}

/**
 * Imports a brat `.ann` or W3C Web Annotation file into an article's sidecar as claims, placed as the claims
 * are re-anchored; what cannot be placed is kept as orphaned. The sidecar is written as an outside change, so
 * the sidecar service reloads it. Returns what happened, or undefined when cancelled or refused.
 */
export async function importAnnotations(services: Services, args: ImportArgs = {}): Promise<ImportResult | undefined> {
	const article = toUri(args.article) ?? vscode.window.activeTextEditor?.document.uri;
	if (!article || article.scheme !== 'file') {
		void vscode.window.showWarningMessage(vscode.l10n.t('Open the article to import annotations into first.'));
		return undefined;
	}
	const file = toUri(args.file) ?? (await pickFile(article));
	if (!file) return undefined;
	const sidecar = await services.sidecars.getAnnotations(article);
	if (services.sidecars.isPaused(article)) {
		void vscode.window.showErrorMessage(vscode.l10n.t('Annotating {0} is paused (its sidecar cannot be changed); nothing was imported.', path.basename(article.fsPath)));
		return undefined;
	}
	const text = (await vscode.workspace.openTextDocument(article)).getText();
	const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
	let parsed;
	try {
		parsed = file.path.endsWith('.ann') ? parseBratAnnotations(content, text) : parseW3cAnnotations(content, text, path.basename(article.fsPath));
	} catch (error) {
		void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import {0}: {1}', path.basename(file.fsPath), (error as Error).message));
		return undefined;
	}
	const result = importClaims(sidecar, text, parsed.claims);
	if (result.placed + result.orphaned > 0) {
		await vscode.workspace.fs.writeFile(vscode.Uri.file(services.sidecars.sidecarPathOf(article)), new TextEncoder().encode(serializeSidecar(result.sidecar)));
	}
	void vscode.window.showInformationMessage(
		vscode.l10n.t('Imported {0} claim(s) into {1}: {2} placed, {3} orphaned, {4} already there, {5} other annotation(s) skipped.', result.placed + result.orphaned, path.basename(article.fsPath), result.placed, result.orphaned, result.duplicates, parsed.skipped),
	);
	return result;
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
