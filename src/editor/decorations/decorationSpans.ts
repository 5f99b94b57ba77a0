/** Which spans of an article each highlight category covers. Imports nothing from `vscode`. */
import type { ArticleAnalysis, Span } from '../../analysis';

/** The highlight categories, one decoration type and one pair of theme colours each. */
export const DECORATION_CATEGORIES = ['person', 'organization', 'place', 'quote', 'date'] as const;

export type DecorationCategory = (typeof DECORATION_CATEGORIES)[number];

/** Offsets (start, end) of the spans of each category, in text order. */
export type DecorationSpans = Record<DecorationCategory, ReadonlyArray<Pick<Span, 'start' | 'end'>>>;

/** The spans of each category in an analysis: actor mentions by kind, quotes, dates. */
export function decorationSpans(analysis: ArticleAnalysis): DecorationSpans {
	const spans: { [category in DecorationCategory]: Array<Pick<Span, 'start' | 'end'>> } = {
		person: [],
		organization: [],
		place: [],
		quote: analysis.quotes.map(({ start, end }) => ({ start, end })),
		date: analysis.dates.map(({ start, end }) => ({ start, end })),
	};
	for (const actor of analysis.actors) {
		for (const { start, end } of actor.mentions) spans[actor.kind].push({ start, end });
	}
	for (const kind of ['person', 'organization', 'place'] as const) spans[kind].sort((a, b) => a.start - b.start);
	return spans;
}

/** No highlights: what a document that is no longer analysed shows. */
export const NO_DECORATION_SPANS: DecorationSpans = { person: [], organization: [], place: [], quote: [], date: [] };
