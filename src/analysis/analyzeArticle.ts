import { findActors } from './actors/findActors';
import { readDateline } from './dateline';
import { findDates } from './dates/findDates';
import { findQuotes } from './quotes/findQuotes';
import { stripByteOrderMark } from './text';
import type { ArticleAnalysis, AnalyzeOptions } from './types';

/**
 * Analyses one article: its actors, quotes with speakers, and dates resolved against the reference date
 * (the dateline's, else `options.referenceDate`). Offsets index `text` with any byte-order mark removed.
 * Deterministic; never throws.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
	const body = typeof text === 'string' ? stripByteOrderMark(text) : '';
	const referenceDate = readDateline(body) ?? options.referenceDate ?? null;
	const actors = findActors(body, options.registry ?? []);
	return {
		referenceDate,
		actors,
		quotes: findQuotes(body, actors),
		dates: findDates(body, referenceDate),
	};
}
