/** The workspace index's public surface. Imports nothing from `vscode`. */
export * from './articleEntry';
export * from './indexFilter';
export * from './outline';
export * from './outlineNodes';
export { StringPool } from './stringPool';
export { timexSortKey } from './timexSortKey';
export * from './workspaceIndex';
