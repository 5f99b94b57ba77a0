/** The actor registry's public surface. Imports nothing from `vscode`. */
export { parseRegistry } from './loadRegistry';
export * from './registryEdits';
export { registryJsonSchema } from './registryJsonSchema';
export * from './registrySchema';
