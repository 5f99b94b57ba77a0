/** Finds what an analysis holds at an offset of the article. Imports nothing from `vscode`. */
import type { Actor, ArticleAnalysis, DateExpression, Quote, Span } from '../../analysis';

/** An actor and the mention of it at an offset. */
export interface MentionAt {
	actor: Actor;
	mention: Span;
}

function contains(span: Pick<Span, 'start' | 'end'>, offset: number): boolean {
	return span.start <= offset && offset <= span.end;
}

/** The actor mentioned at the offset (a mention's end counts, as a cursor just after a name). */
export function mentionAt(analysis: ArticleAnalysis, offset: number): MentionAt | undefined {
	for (const actor of analysis.actors) {
		const mention = actor.mentions.find((candidate) => contains(candidate, offset));
		if (mention) return { actor, mention };
	}
	return undefined;
}

/** The quote whose text holds the offset. */
export function quoteAt(analysis: ArticleAnalysis, offset: number): Quote | undefined {
	return analysis.quotes.find((quote) => contains(quote, offset));
}

/** The date expression at the offset. */
export function dateAt(analysis: ArticleAnalysis, offset: number): DateExpression | undefined {
	return analysis.dates.find((date) => contains(date, offset));
}

/** The actor of that id in the analysis. */
export function actorById(analysis: ArticleAnalysis, id: string | null | undefined): Actor | undefined {
	return id ? analysis.actors.find((actor) => actor.id === id) : undefined;
}

/** The actor's quotes, in text order. */
export function quotesOf(analysis: ArticleAnalysis, actor: Actor): Quote[] {
	return analysis.quotes.filter((quote) => quote.speaker === actor.id);
}

/** The distinct spellings of the actor's mentions, most frequent first. */
export function spellingsOf(actor: Actor): string[] {
	const counts = new Map<string, number>();
	for (const { text } of actor.mentions) counts.set(text, (counts.get(text) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).map(([text]) => text);
}

/** Places speak less often than people and organisations ("Moscow said" happens): they count as this much farther. */
const PLACE_DISTANCE_PENALTY = 200;

/**
 * Actors that may have said the quote, nearest first: by the distance in characters from the quote to
 * their nearest mention, places counted farther, people before organisations on a tie.
 */
export function candidateSpeakers(analysis: ArticleAnalysis, quote: Pick<Span, 'start' | 'end'>): Actor[] {
	const distance = (actor: Actor): number =>
		Math.min(
			...actor.mentions.map((mention) =>
				mention.end <= quote.start ? quote.start - mention.end : Math.max(0, mention.start - quote.end),
			),
		) + (actor.kind === 'place' ? PLACE_DISTANCE_PENALTY : 0);
	const kindOrder = { person: 0, organization: 1, place: 2 } as const;
	return analysis.actors
		.filter((actor) => actor.mentions.length > 0)
		.map((actor) => ({ actor, distance: distance(actor) }))
		.sort((a, b) => a.distance - b.distance || kindOrder[a.actor.kind] - kindOrder[b.actor.kind])
		.map(({ actor }) => actor);
}
