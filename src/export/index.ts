/** The export core's public surface: plain data in, file contents out. Imports nothing from `vscode`. */
export type { ArticleExport, DocumentOutput, ExportedFile, ExportOutput, FolderOutput } from './articleExport';
export { buildArticleExport, exportAnalysisOptions, type BuildOptions } from './buildArticleExport';
export { EXPORT_FORMATS, EXPORT_FORMAT_IDS, isExportFormatId, type ExportFormat, type ExportFormatId } from './exportFormats';
export { isFramed, writeArticles, type DocumentFrame, type ExportOptions, type FormatWriter } from './formatWriter';
