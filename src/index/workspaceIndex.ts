/** The workspace index: one entry per article, kept incrementally, with cross-article queries. */
import type { ActorKind } from '../analysis/types';
import { actorKey, type ArticleEntry, type IndexedClaim, type IndexedMention, type IndexedQuote } from './articleEntry';
import { matchesArticle, type IndexFilter } from './indexFilter';
import { StringPool } from './stringPool';

/** An item of one article, with the article's URI. */
export type InArticle<T> = T & { readonly uri: string };

/** An actor aggregated over every article that mentions it. */
export interface WorkspaceActor {
	readonly key: string;
	readonly name: string;
	readonly kind: ActorKind;
	readonly articles: number;
	readonly mentions: number;
	readonly quotes: number;
}

export interface ActorCounts {
	readonly articles: number;
	readonly mentions: number;
	readonly quotes: number;
}

interface ActorTotals {
	name: string;
	kind: ActorKind;
	articles: number;
	mentions: number;
	quotes: number;
}

/** Articles by URI, and which articles mention each actor, so cross-article queries never scan everything. */
export class WorkspaceIndex {
	readonly #entries = new Map<string, ArticleEntry>();
	readonly #articlesByActor = new Map<string, Set<string>>();
	readonly #totals = new Map<string, ActorTotals>();
	/** Shared by every entry: names and surfaces repeat across articles. */
	readonly pool = new StringPool();

	get size(): number {
		return this.#entries.size;
	}

	get(uri: string): ArticleEntry | undefined {
		return this.#entries.get(uri);
	}

	entries(): IterableIterator<ArticleEntry> {
		return this.#entries.values();
	}

	/** Adds or replaces the entry of an article. */
	set(entry: ArticleEntry): void {
		this.remove(entry.uri);
		this.#entries.set(entry.uri, entry);
		this.#count(entry, +1);
	}

	/** Forgets an article; returns whether it was indexed. */
	remove(uri: string): boolean {
		const entry = this.#entries.get(uri);
		if (!entry) return false;
		this.#entries.delete(uri);
		this.#count(entry, -1);
		return true;
	}

	/** Moves an article's entry to a new URI (the file was renamed); returns whether it was indexed. */
	rename(oldUri: string, newUri: string): boolean {
		const entry = this.#entries.get(oldUri);
		if (!entry) return false;
		this.remove(oldUri);
		this.set({ ...entry, uri: this.pool.intern(newUri) });
		return true;
	}

	clear(): void {
		this.#entries.clear();
		this.#articlesByActor.clear();
		this.#totals.clear();
	}

	/** Every mention of the actor named `name` (canonical name or anything with the same key) across articles. */
	mentionsOf(name: string): Array<InArticle<IndexedMention>> {
		const key = actorKey(name);
		return this.#articlesOf(key).flatMap((entry) =>
			entry.actors.filter((actor) => actor.key === key).flatMap((actor) => actor.mentions.map((mention) => ({ ...mention, uri: entry.uri }))),
		);
	}

	/** Every quote the actor named `name` said, across articles. */
	quotesOf(name: string): Array<InArticle<IndexedQuote>> {
		const key = actorKey(name);
		return this.#articlesOf(key).flatMap((entry) => entry.quotes.filter((quote) => quote.speakerKey === key).map((quote) => ({ ...quote, uri: entry.uri })));
	}

	/** How often the actor named `name` appears across the workspace. */
	countsFor(name: string): ActorCounts {
		const totals = this.#totals.get(actorKey(name));
		return totals ? { articles: totals.articles, mentions: totals.mentions, quotes: totals.quotes } : { articles: 0, mentions: 0, quotes: 0 };
	}

	/** URIs of the articles that mention the actor named `name`. */
	articlesMentioning(name: string): string[] {
		return [...(this.#articlesByActor.get(actorKey(name)) ?? [])];
	}

	/** Every actor of the workspace with its totals, most mentioned first. */
	actors(): WorkspaceActor[] {
		return [...this.#totals]
			.map(([key, totals]) => ({ key, ...totals }))
			.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
	}

	/** Every claim across articles, optionally only those with the given tag. */
	claims(tag?: string): Array<InArticle<IndexedClaim>> {
		const claims: Array<InArticle<IndexedClaim>> = [];
		for (const entry of this.#entries.values()) {
			for (const claim of entry.claims) if (tag === undefined || claim.tag === tag) claims.push({ ...claim, uri: entry.uri });
		}
		return claims;
	}

	/** The entries that pass the filter (see IndexFilter), in URI order. */
	filter(filter: IndexFilter = {}): ArticleEntry[] {
		const candidates = filter.actor === undefined ? [...this.#entries.values()] : this.#articlesOf(actorKey(filter.actor));
		return candidates.filter((entry) => matchesArticle(entry, filter)).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
	}

	#articlesOf(key: string): ArticleEntry[] {
		const uris = this.#articlesByActor.get(key);
		if (!uris) return [];
		return [...uris].flatMap((uri) => this.#entries.get(uri) ?? []);
	}

	#count(entry: ArticleEntry, sign: 1 | -1): void {
		const quotesBySpeaker = new Map<string, number>();
		for (const quote of entry.quotes) if (quote.speakerKey !== null) quotesBySpeaker.set(quote.speakerKey, (quotesBySpeaker.get(quote.speakerKey) ?? 0) + 1);
		const seen = new Set<string>();
		for (const actor of entry.actors) {
			const firstInArticle = !seen.has(actor.key);
			seen.add(actor.key);
			this.#countActor(entry.uri, actor.key, actor.name, actor.kind, {
				articles: firstInArticle ? sign : 0,
				mentions: sign * actor.mentions.length,
				quotes: firstInArticle ? sign * (quotesBySpeaker.get(actor.key) ?? 0) : 0,
			});
		}
	}

	#countActor(uri: string, key: string, name: string, kind: ActorKind, delta: ActorCounts): void {
		let uris = this.#articlesByActor.get(key);
		if (delta.articles > 0) {
			if (!uris) this.#articlesByActor.set(key, (uris = new Set()));
			uris.add(uri);
		} else if (delta.articles < 0 && uris) {
			uris.delete(uri);
			if (uris.size === 0) this.#articlesByActor.delete(key);
		}
		const totals = this.#totals.get(key) ?? { name, kind, articles: 0, mentions: 0, quotes: 0 };
		totals.articles += delta.articles;
		totals.mentions += delta.mentions;
		totals.quotes += delta.quotes;
		if (totals.articles <= 0) this.#totals.delete(key);
		else this.#totals.set(key, totals);
	}
}
