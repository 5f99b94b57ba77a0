import * as vscode from 'vscode';
import type { OutlineNode } from '../../index';
import type { AnnotationsTreeProvider } from './annotationsTreeProvider';

/** A node of the annotations view as the user sees it, for tests and scripts. */
export interface TreeNodeView {
	readonly id: string;
	readonly label: string;
	readonly description: string;
	readonly contextValue: string;
	readonly collapsible: boolean;
}

/**
 * The view's children of the node with that id (the roots without one), as the view shows them. Asking
 * for the roots first brings the view up to date (the active article, its edits and claims).
 */
export async function treeChildren(provider: AnnotationsTreeProvider, id?: string): Promise<TreeNodeView[]> {
	if (id === undefined) {
		await provider.followActiveEditor();
		await provider.refresh();
	}
	const parent = id === undefined ? undefined : findNode(provider, id);
	if (id !== undefined && !parent) throw new Error(`no node ${id} in the annotations view`);
	return provider.getChildren(parent).map((node) => {
		const item = provider.getTreeItem(node);
		return {
			id: node.id,
			label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
			description: typeof item.description === 'string' ? item.description : '',
			contextValue: item.contextValue ?? '',
			collapsible: item.collapsibleState !== vscode.TreeItemCollapsibleState.None,
		};
	});
}

/** The node with that id: ids are paths, so only the branch whose id prefixes it is walked. */
function findNode(provider: AnnotationsTreeProvider, id: string): OutlineNode | undefined {
	let nodes = provider.getChildren();
	for (;;) {
		const node = nodes.find((candidate) => candidate.id === id || id.startsWith(`${candidate.id}/`));
		if (!node || node.id === id) return node;
		nodes = provider.getChildren(node);
	}
}
