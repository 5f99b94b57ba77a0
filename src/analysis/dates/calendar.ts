/** Calendar arithmetic on plain days (proleptic Gregorian, no time zones) and TIMEX3 value formats. */

export interface Day {
	year: number;
	/** 1–12. */
	month: number;
	/** 1–31. */
	day: number;
}

const MS_PER_DAY = 86_400_000;

/** Reads `YYYY-MM-DD`; null when it is not a real calendar day. */
export function parseDay(text: string | null | undefined): Day | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
	if (!match) return null;
	const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
	return isRealDay(day) ? day : null;
}

/** True when the day exists (no 30 February). */
export function isRealDay(day: Day): boolean {
	return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysInMonth(day.year, day.month);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
	// Date.UTC reads years 0–99 as 1900–1999: those, and anything unusual, keep its answer.
	if (!Number.isInteger(year) || year < 100 || !(month >= 1 && month <= 12)) return new Date(Date.UTC(year, month, 0)).getUTCDate();
	const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 && isLeap ? 29 : MONTH_LENGTHS[month - 1];
}

const toTime = (day: Day) => Date.UTC(day.year, day.month - 1, day.day);

function fromTime(time: number): Day {
	const date = new Date(time);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Days since 1970-01-01 of a real day, by integer arithmetic (H. Hinnant's days_from_civil), which is much
 * cheaper than a Date; null for days that Date reads differently (years 0–99, which Date.UTC takes as
 * 1900–1999) or that are not plain calendar days.
 */
function dayNumber({ year, month, day }: Day): number | null {
	if (!Number.isInteger(year) || year < 100 || year > 9999 || !isRealDay({ year, month, day }) || !Number.isInteger(day)) return null;
	const shiftedYear = month <= 2 ? year - 1 : year;
	const era = Math.floor(shiftedYear / 400);
	const yearOfEra = shiftedYear - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/** The day `days` days since 1970-01-01 (H. Hinnant's civil_from_days), for years 100–9999 as `dayNumber` gives them. */
function fromDayNumber(days: number): Day {
	const shifted = days + 719468;
	const era = Math.floor(shifted / 146097);
	const dayOfEra = shifted - era * 146097;
	const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
	const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
	return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1 };
}

export function addDays(day: Day, days: number): Day {
	const from = dayNumber(day);
	if (from !== null && Number.isInteger(days)) {
		const result = fromDayNumber(from + days);
		if (result.year >= 100 && result.year <= 9999) return result;
	}
	return fromTime(toTime(day) + days * MS_PER_DAY);
}

/** Signed number of days from `a` to `b`. */
export function daysBetween(a: Day, b: Day): number {
	const from = dayNumber(a);
	const to = dayNumber(b);
	if (from !== null && to !== null) return to - from;
	return Math.round((toTime(b) - toTime(a)) / MS_PER_DAY);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(day: Day): number {
	const days = dayNumber(day);
	// 1970-01-01 was a Thursday.
	if (days !== null) return ((((days + 3) % 7) + 7) % 7) + 1;
	return ((new Date(toTime(day)).getUTCDay() + 6) % 7) + 1;
}

/** The ISO week-numbering year and week of a day. */
function isoWeek(day: Day): { year: number; week: number } {
	const thursday = addDays(day, 4 - isoWeekday(day));
	const firstOfYear = { year: thursday.year, month: 1, day: 1 };
	return { year: thursday.year, week: Math.floor(daysBetween(firstOfYear, thursday) / 7) + 1 };
}

/** Adds months, keeping the year in step; the day is not used. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
	const index = year * 12 + (month - 1) + months;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

export const formatYear = (year: number) => pad(year, 4);
export const formatMonth = (year: number, month: number) => `${formatYear(year)}-${pad(month)}`;
export const formatDay = (day: Day) => `${formatMonth(day.year, day.month)}-${pad(day.day)}`;

/** TIMEX3 week value, e.g. `2022-W05`. */
export function formatWeek(day: Day): string {
	const { year, week } = isoWeek(day);
	return `${formatYear(year)}-W${pad(week)}`;
}
