/** Resolves names without a year (weekdays, months, seasons, month days) against the reference date and tense. */
import { addDays, addMonths, type Day, daysBetween, daysInMonth, formatDay, formatMonth, formatWeek, formatYear, isoWeekday, isRealDay } from './calendar';
import type { UnitName } from './lexicon';
import type { Tense } from './tense';

/** How many months ahead a past-tense sentence may still point. */
const NEAR_FUTURE_MONTHS = 2;
/** How far against its tense a sentence may still point to a month day, in days. */
const NEAR_DAYS = 90;
/** How many days further back than ahead a weekday in a sentence without tense may lie and still be taken as past: news mostly reports. */
const PRESENT_LEAN = 2;

/** The weekday nearest the reference date in the tense's direction; its own weekday is the day itself ("On Wednesday, they will"). */
export function nearestWeekday(ref: Day, weekday: number, tense: Tense): Day {
	const back = (isoWeekday(ref) - weekday + 7) % 7;
	const ahead = (weekday - isoWeekday(ref) + 7) % 7 || 7;
	if (tense === 'past' || back === 0) return addDays(ref, -back);
	if (tense === 'future') return addDays(ref, ahead);
	return addDays(ref, ahead < back - PRESENT_LEAN ? ahead : -back);
}

/**
 * The year of the month nearest the reference month in the tense's direction (the same month counts as past).
 * A past-tense sentence still means the coming month or the next one rather than one ten months back
 * ("talks were set for February", written in January).
 */
export function yearOfNearestMonth(ref: Day, month: number, tense: Tense): number {
	if (month === ref.month) return ref.year;
	const back = (ref.month - month + 12) % 12;
	const ahead = 12 - back;
	const goBack = tense === 'past' ? ahead > NEAR_FUTURE_MONTHS : tense === 'present' && back <= ahead;
	return addMonths(ref.year, ref.month, goBack ? -back : ahead).year;
}

/**
 * The year that puts a month day nearest the reference date; but a past-tense sentence does not point
 * more than three months ahead, nor a future-tense one more than three months back.
 */
export function yearOfNearestMonthDay(ref: Day, month: number, day: number, tense: Tense): number | null {
	let best: { year: number; distance: number } | null = null;
	for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
		if (!isRealDay({ year, month, day })) continue;
		const signed = daysBetween(ref, { year, month, day });
		const againstTense = (tense === 'past' && signed > NEAR_DAYS) || (tense === 'future' && signed < -NEAR_DAYS);
		const distance = Math.abs(signed) + (againstTense ? 366 : 0);
		if (!best || distance < best.distance) best = { year, distance };
	}
	return best?.year ?? null;
}

/** The month day with the weekday, nearest the reference date ("Sunday (30)"). */
export function dayOfMonthNear(ref: Day, dayOfMonth: number, weekday: number): Day | null {
	for (let shift = 0; shift <= 2; shift++) {
		for (const months of shift === 0 ? [0] : [-shift, shift]) {
			const { year, month } = addMonths(ref.year, ref.month, months);
			const day = { year, month, day: dayOfMonth };
			if (dayOfMonth <= daysInMonth(year, month) && isoWeekday(day) === weekday) return day;
		}
	}
	return null;
}

/** The TIMEX3 value of the period `count` units from the reference date, at that unit's granularity. */
export function shiftedPeriod(ref: Day, unit: UnitName, count: number): string | undefined {
	switch (unit) {
		case 'day':
			return formatDay(addDays(ref, count));
		case 'week':
		case 'fortnight':
			return formatWeek(addDays(ref, 7 * count * (unit === 'fortnight' ? 2 : 1)));
		case 'month': {
			const { year, month } = addMonths(ref.year, ref.month, count);
			return formatMonth(year, month);
		}
		case 'quarter': {
			const { year, month } = addMonths(ref.year, ref.month, 3 * count);
			return `${formatYear(year)}-Q${Math.ceil(month / 3)}`;
		}
		case 'year':
			return formatYear(ref.year + count);
		case 'decade':
			return formatYear(ref.year + 10 * count).slice(0, 3);
		case 'century':
			return formatYear(ref.year + 100 * count).slice(0, 2);
		default:
			return undefined;
	}
}

/** Words for a tense in hover text. */
export const tenseWords = (tense: Tense) => (tense === 'past' ? 'past tense' : tense === 'future' ? 'future tense' : 'no clear tense');
