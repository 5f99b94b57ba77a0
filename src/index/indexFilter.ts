/** Which articles and items the workspace tree shows: every field optional, all given fields must match. */
import { isCalendarDay } from '../analysis/dateline';
import type { ClaimStatus } from '../annotations/sidecarSchema';
import { actorKey, type ArticleEntry, type IndexedClaim, type IndexedDate } from './articleEntry';
import { timexSortKey } from './timexSortKey';

export interface IndexFilter {
	/** An actor's name: articles that mention it. */
	readonly actor?: string;
	/** A claim tag: articles with a claim of that tag, and only those claims. */
	readonly tag?: string;
	/** A claim status: articles with a claim of that status, and only those claims. */
	readonly status?: ClaimStatus;
	/** `YYYY-MM-DD`, inclusive: articles whose reference date is on or after it, and dates that fall on or after it. */
	readonly from?: string;
	/** `YYYY-MM-DD`, inclusive. */
	readonly to?: string;
}

/** True when the filter has no field set. */
export function isEmptyFilter(filter: IndexFilter): boolean {
	return Object.values(filter).every((value) => value === undefined);
}

/** Whether an article passes the filter. */
export function matchesArticle(entry: ArticleEntry, filter: IndexFilter): boolean {
	if (filter.actor !== undefined) {
		const key = actorKey(filter.actor);
		if (!entry.actors.some((actor) => actor.key === key)) return false;
	}
	if ((filter.tag !== undefined || filter.status !== undefined) && !entry.claims.some((claim) => matchesClaim(claim, filter))) return false;
	if (filter.from !== undefined || filter.to !== undefined) {
		if (entry.referenceDate === null || !inRange(entry.referenceDate, filter)) return false;
	}
	return true;
}

/** Whether a claim passes the filter's tag and status. */
export function matchesClaim(claim: IndexedClaim, filter: IndexFilter): boolean {
	return (filter.tag === undefined || claim.tag === filter.tag) && (filter.status === undefined || claim.status === filter.status);
}

/** Whether a date's resolved value falls in the filter's range (unresolved dates pass only without a range). */
export function matchesDate(date: IndexedDate, filter: IndexFilter): boolean {
	if (filter.from === undefined && filter.to === undefined) return true;
	const key = date.value === undefined ? null : timexSortKey(date.value);
	return key !== null && inRange(key.slice(0, 10), filter);
}

function inRange(day: string, filter: IndexFilter): boolean {
	return (filter.from === undefined || day >= filter.from) && (filter.to === undefined || day <= filter.to);
}

/** Reads `from..to` (either side may be empty); undefined unless each given side is a calendar day. */
export function parseDateRange(value: string): { from?: string; to?: string } | undefined {
	const match = /^\s*(\d{4}-\d{2}-\d{2})?\s*\.\.\s*(\d{4}-\d{2}-\d{2})?\s*$/.exec(value);
	if (!match) return undefined;
	const [, from, to] = match;
	if ((from && !isCalendarDay(from)) || (to && !isCalendarDay(to))) return undefined;
	return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
