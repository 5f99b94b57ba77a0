import type * as vscode from 'vscode';

/** Activates the extension. The editor layer (src/editor) adapts the pure core to VS Code. */
export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
