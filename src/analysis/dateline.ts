/** The article's own date: a first line that begins `date YYYY-MM-DD`. */
const DATELINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i;

/** Returns the dateline's date, or null when the text has none or it is not a real calendar day. */
export function readDateline(text: string): string | null {
	const day = DATELINE.exec(text.slice(0, 200))?.[1];
	return day && isCalendarDay(day) ? day : null;
}

/** True for a `YYYY-MM-DD` string that names a real day. */
export function isCalendarDay(day: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
	const date = new Date(`${day}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}
