import { findActors } from './actors/findActors';
import { readDateline } from './dateline';
import { findDates } from './dates/findDates';
import { findQuotes } from './quotes/findQuotes';
import { stripByteOrderMark } from './text';
import type { ArticleAnalysis, AnalyzeOptions, RegistryActor } from './types';

/**
 * Analyses one article: its actors, quotes with speakers, and dates resolved against the reference date
 * (the dateline's, else `options.referenceDate`). Offsets index `text` with any byte-order mark removed.
 * Deterministic; never throws.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
	const body = articleBody(text);
	const referenceDate = referenceDateOf(body, options);
	return joinAnalysis(referenceDate, analyzeNames(body, options.registry ?? []), findDates(body, referenceDate));
}

/*
 * The analysis in two halves that can run apart, on different threads: the names (actors, then the quotes
 * they speak) and the dates (`findDates`). Each thread then warms up only its half's code.
 */

/** The text analysed: `text` without byte-order mark (anything but a string reads as empty). */
export function articleBody(text: string): string {
	return typeof text === 'string' ? stripByteOrderMark(text) : '';
}

/** The date relative dates resolve against: the dateline's, else `options.referenceDate`. */
export function referenceDateOf(body: string, options: AnalyzeOptions): string | null {
	return readDateline(body) ?? options.referenceDate ?? null;
}

/** The actors of `body` and its quotes with their speakers. */
export function analyzeNames(body: string, registry: readonly RegistryActor[]): Pick<ArticleAnalysis, 'actors' | 'quotes'> {
	const actors = findActors(body, registry);
	return { actors, quotes: findQuotes(body, actors) };
}

/** The analysis from its halves, its fields in the order `analyzeArticle` gives them. */
export function joinAnalysis(referenceDate: string | null, names: Pick<ArticleAnalysis, 'actors' | 'quotes'>, dates: ArticleAnalysis['dates']): ArticleAnalysis {
	return { referenceDate, actors: names.actors, quotes: names.quotes, dates };
}
