/** Orders TIMEX3 values on a time line. */

/**
 * A string that sorts in time order for a calendar TIMEX3 value (`2022`, `2022-02`, `2022-02-12`,
 * `2022-W05`, `2022-Q1`, `2022-02-12T10:30`), or null for values that are not a point or period of the
 * calendar (durations, sets, `PRESENT_REF`). Coarser values sort at their start.
 */
export function timexSortKey(value: string): string | null {
	const day = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(T\d{2}(?::\d{2})?)?/.exec(value);
	const week = /^(\d{4})-W(\d{2})/.exec(value);
	if (week) return mondayOfWeek(Number(week[1]), Number(week[2]));
	const quarter = /^(\d{4})-Q([1-4])/.exec(value);
	if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
	const season = /^(\d{4})-(SP|SU|FA|WI)/.exec(value);
	if (season) return `${season[1]}-${SEASON_START[season[2]]}-01`;
	if (!day) return null;
	return `${day[1]}-${day[2] ?? '01'}-${day[3] ?? '01'}${day[4] ?? ''}`;
}

const SEASON_START: Record<string, string> = { SP: '03', SU: '06', FA: '09', WI: '12' };

/** The Monday of ISO week `week` of `year`, as `YYYY-MM-DD`. */
function mondayOfWeek(year: number, week: number): string {
	const fourthOfJanuary = Date.UTC(year, 0, 4);
	const weekday = (new Date(fourthOfJanuary).getUTCDay() + 6) % 7;
	const monday = fourthOfJanuary - weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
	return new Date(monday).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;
