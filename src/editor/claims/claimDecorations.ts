import * as vscode from 'vscode';
import type { SidecarService } from './sidecarService';

/** Marks every placed claim in visible editors: a themable background and underline, a gutter icon, a ruler mark. */
export class ClaimDecorations implements vscode.Disposable {
	readonly #type: vscode.TextEditorDecorationType;
	readonly #sidecars: SidecarService;
	readonly #subscriptions: vscode.Disposable[];

	constructor(sidecars: SidecarService, extensionUri: vscode.Uri) {
		this.#sidecars = sidecars;
		this.#type = vscode.window.createTextEditorDecorationType({
			backgroundColor: new vscode.ThemeColor('articleAnnotator.claimBackground'),
			borderColor: new vscode.ThemeColor('articleAnnotator.claimBorder'),
			borderStyle: 'none none dashed none',
			borderWidth: '1px',
			gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'claim.svg'),
			gutterIconSize: 'contain',
			overviewRulerColor: new vscode.ThemeColor('articleAnnotator.claimBorder'),
			overviewRulerLane: vscode.OverviewRulerLane.Right,
			rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
		});
		this.#subscriptions = [
			sidecars.onDidChangeAnnotations((uri) => this.#refresh(uri)),
			vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => void this.#load(editor))),
		];
		vscode.window.visibleTextEditors.forEach((editor) => void this.#load(editor));
	}

	async #load(editor: vscode.TextEditor): Promise<void> {
		if (editor.document.uri.scheme !== 'file') return;
		await this.#sidecars.load(editor.document.uri).catch(() => undefined);
		this.#decorate(editor);
	}

	#refresh(uri: vscode.Uri): void {
		for (const editor of vscode.window.visibleTextEditors) {
			if (editor.document.uri.toString() === uri.toString()) this.#decorate(editor);
		}
	}

	#decorate(editor: vscode.TextEditor): void {
		const { document } = editor;
		const length = document.getText().length;
		const ranges = this.#sidecars
			.claims(document.uri)
			.filter((claim) => !claim.orphaned && claim.target.end <= length)
			.map((claim) => new vscode.Range(document.positionAt(claim.target.start), document.positionAt(claim.target.end)));
		editor.setDecorations(this.#type, ranges);
	}

	dispose(): void {
		for (const subscription of this.#subscriptions) subscription.dispose();
		this.#type.dispose();
	}
}
