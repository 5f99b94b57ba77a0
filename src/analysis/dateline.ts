/** The article's own date: a first line that begins `date YYYY-MM-DD`. */
const DATELINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i;

/** Returns the dateline's date, or null when the text has none or it is not a real calendar day. */
export function readDateline(text: string): string | null {
	const day = DATELINE.exec(text.slice(0, 200))?.[1];
	return day && isCalendarDay(day) ? day : null;
}

/** True for a `YYYY-MM-DD` string that names a real day (Gregorian calendar, years 0000–9999). */
export function isCalendarDay(day: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
	const year = Number(day.slice(0, 4));
	const month = Number(day.slice(5, 7));
	const dayOfMonth = Number(day.slice(8, 10));
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const monthLength = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
	return month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= monthLength;
}
