/** Reading other tools' annotation files into an article's sidecar. Imports nothing from `vscode`. */
export { parseBratAnnotations } from './bratImport';
export { importClaims, type ImportResult } from './importClaims';
export type { ImportedClaim, ParsedImport } from './importedClaim';
export { parseW3cAnnotations } from './w3cImport';
