/** What the workspace index keeps of one article: the data its queries and the tree need, never the whole text. */
import type { ActorKind, ArticleAnalysis, DateType } from '../analysis/types';
import { slugify } from '../analysis/text';
import type { Claim, ClaimStatus } from '../annotations/sidecarSchema';
import { StringPool } from './stringPool';

/** A range of the article, UTF-16 offsets, end exclusive. */
export interface IndexedRange {
	readonly start: number;
	readonly end: number;
}

export interface IndexedMention extends IndexedRange {
	readonly text: string;
}

export interface IndexedActor {
	/** The actor's key across articles: the slug of its canonical name. */
	readonly key: string;
	readonly name: string;
	readonly kind: ActorKind;
	readonly role?: string;
	readonly mentions: readonly IndexedMention[];
}

export interface IndexedQuote extends IndexedRange {
	readonly text: string;
	/** Key of the speaking actor (see IndexedActor.key), or null when unattributed. */
	readonly speakerKey: string | null;
	readonly speakerName: string | null;
	readonly attribution?: string;
}

export interface IndexedDate extends IndexedRange {
	readonly text: string;
	readonly type: DateType;
	readonly value?: string;
}

export interface IndexedClaim extends IndexedRange {
	readonly id: string;
	readonly tag: string;
	readonly status: ClaimStatus;
	readonly speaker: string | null;
	readonly note: string;
	readonly text: string;
	readonly orphaned: boolean;
}

export interface ArticleEntry {
	/** The article's URI as a string. */
	readonly uri: string;
	readonly referenceDate: string | null;
	readonly actors: readonly IndexedActor[];
	readonly quotes: readonly IndexedQuote[];
	readonly dates: readonly IndexedDate[];
	readonly claims: readonly IndexedClaim[];
}

/** The key under which an actor's name is indexed across articles. */
export function actorKey(name: string): string {
	return slugify(name);
}

/**
 * Summarises an analysis and the article's claims into an index entry. Strings are copied out of the
 * article text (a substring would keep the whole text alive) and short ones are shared through `pool`.
 */
export function summarizeArticle(
	uri: string,
	analysis: ArticleAnalysis,
	claims: readonly Claim[],
	pool: StringPool = new StringPool(),
): ArticleEntry {
	const keyById = new Map(analysis.actors.map((actor) => [actor.id, actorKey(actor.name)]));
	const nameById = new Map(analysis.actors.map((actor) => [actor.id, pool.intern(actor.name)]));
	return {
		uri: pool.intern(uri),
		referenceDate: analysis.referenceDate && pool.intern(analysis.referenceDate),
		actors: analysis.actors.map((actor) => ({
			key: pool.intern(keyById.get(actor.id) ?? actorKey(actor.name)),
			name: nameById.get(actor.id) ?? pool.intern(actor.name),
			kind: actor.kind,
			...(actor.role === undefined ? {} : { role: pool.intern(actor.role) }),
			mentions: actor.mentions.map(({ start, end, text }) => ({ start, end, text: pool.intern(text) })),
		})),
		quotes: analysis.quotes.map((quote) => ({
			start: quote.start,
			end: quote.end,
			text: pool.copy(quote.text),
			speakerKey: quote.speaker === null ? null : (keyById.get(quote.speaker) ?? pool.intern(quote.speaker)),
			speakerName: quote.speaker === null ? null : (nameById.get(quote.speaker) ?? pool.intern(quote.speaker)),
			...(quote.attribution ? { attribution: pool.intern(quote.attribution.text) } : {}),
		})),
		dates: analysis.dates.map((date) => ({
			start: date.start,
			end: date.end,
			text: pool.intern(date.text),
			type: date.type,
			...(date.value === undefined ? {} : { value: pool.intern(date.value) }),
		})),
		claims: claims.map((claim) => ({
			id: pool.copy(claim.id),
			tag: pool.intern(claim.tag),
			status: claim.status,
			speaker: claim.speaker === null ? null : pool.intern(claim.speaker),
			note: pool.copy(claim.note),
			text: pool.copy(claim.target.exact),
			start: claim.target.start,
			end: claim.target.end,
			orphaned: claim.orphaned === true,
		})),
	};
}
