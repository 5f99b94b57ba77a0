import * as vscode from 'vscode';
import type { OutlineNode } from '../../index';
import { CommandIds } from '../commandIds';
import type { Services } from '../services';
import { exportArticles, type ExportArgs } from './exportCommand';
import { importAnnotations, type ImportArgs } from './importCommand';

/** Registers `Export…` (palette and the annotations view's context menu) and `Import…`. */
export function registerExport(services: Services): void {
	services.context.subscriptions.push(
		vscode.commands.registerCommand(CommandIds.exportAnnotations, (arg?: ExportArgs | OutlineNode, selected?: OutlineNode[]) => exportArticles(services, arg, selected)),
		vscode.commands.registerCommand(CommandIds.importAnnotations, (args?: ImportArgs) => importAnnotations(services, args)),
	);
}
