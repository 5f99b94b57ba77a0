/** What an article's analysis leaves open for the analyst to settle. Imports nothing from `vscode`. */
import type { ArticleAnalysis, DateExpression, Quote } from '../../analysis';

/** Diagnostic codes, matched by the quick fixes. */
export const FindingCodes = {
	relativeDateWithoutReference: 'relative-date-without-reference',
	quoteWithoutSpeaker: 'quote-without-speaker',
} as const;

/** Dates that need a reference date to resolve (a weekday, "last week"…) when the article has none. */
export function unresolvedRelativeDates(analysis: ArticleAnalysis): DateExpression[] {
	if (analysis.referenceDate) return [];
	return analysis.dates.filter(
		(date) => (date.type === 'date' || date.type === 'time') && (!date.value || /X/.test(date.value)),
	);
}

/** Quotes no named actor was found to have said. */
export function unattributedQuotes(analysis: ArticleAnalysis): Quote[] {
	return analysis.quotes.filter((quote) => quote.speaker === null);
}
