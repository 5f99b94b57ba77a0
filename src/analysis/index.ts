/** The analysis core's public surface. Imports nothing from `vscode`. */
export { analyzeArticle, analyzeNames, articleBody, joinAnalysis, referenceDateOf } from './analyzeArticle';
export { findDates } from './dates/findDates';
export { readDateline, isCalendarDay } from './dateline';
export type * from './types';
