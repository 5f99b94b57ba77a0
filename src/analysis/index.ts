/** The analysis core's public surface. Imports nothing from `vscode`. */
export { analyzeArticle } from './analyzeArticle';
export { readDateline, isCalendarDay } from './dateline';
export type * from './types';
