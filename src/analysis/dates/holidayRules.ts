/** Holidays with a fixed day or a fixed weekday of their month: Christmas, New Year's Day, Thanksgiving… */
import { Anchor } from './candidateWindows';
import { addDays, type Day, daysInMonth, formatDay, isoWeekday } from './calendar';
import { Cue } from './cues';
import type { DateRule } from './dateRule';
import { tenseWords, yearOfNearestMonth } from './resolve';

interface Holiday {
	month: number;
	/** A fixed day of the month, or… */
	day?: number;
	/** …the nth (negative: from the end) ISO weekday of the month. */
	nth?: [number, number];
}

const HOLIDAYS: Readonly<Record<string, Holiday>> = {
	'christmas eve': { month: 12, day: 24 },
	christmas: { month: 12, day: 25 },
	'christmas day': { month: 12, day: 25 },
	"new year's eve": { month: 12, day: 31 },
	"new year's day": { month: 1, day: 1 },
	"valentine's day": { month: 2, day: 14 },
	'independence day': { month: 7, day: 4 },
	halloween: { month: 10, day: 31 },
	'veterans day': { month: 11, day: 11 },
	'armistice day': { month: 11, day: 11 },
	'memorial day': { month: 5, nth: [-1, 1] },
	'labor day': { month: 9, nth: [1, 1] },
	thanksgiving: { month: 11, nth: [4, 4] },
	'thanksgiving day': { month: 11, nth: [4, 4] },
};

function holidayDay(holiday: Holiday, year: number): Day {
	if (holiday.day) return { year, month: holiday.month, day: holiday.day };
	const [nth, weekday] = holiday.nth ?? [1, 1];
	if (nth > 0) {
		const first = { year, month: holiday.month, day: 1 };
		return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (nth - 1));
	}
	const last = { year, month: holiday.month, day: daysInMonth(year, holiday.month) };
	return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

const holiday: DateRule = {
	needs: Anchor.holiday | Anchor.unit,
	cues: [Cue.holidayName],
	pattern: /\b(Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s\s+(?:Eve|Day)|Valentine['’]s\s+Day|Independence\s+Day|Halloween|Veterans\s+Day|Armistice\s+Day|Memorial\s+Day|Labor\s+Day|Thanksgiving(?:\s+Day)?)(?:\s+(\d{4}))?\b/g,
	read(match, context) {
		const definition = HOLIDAYS[match[1].toLowerCase().replace(/\s+/g, ' ').replace('’', "'")];
		if (!definition) return null;
		if (match[2]) return { type: 'date', value: formatDay(holidayDay(definition, Number(match[2]))), resolution: 'a holiday of a year written in full' };
		if (!context.ref) return { type: 'date', resolution: 'a holiday of a year that needs the article date' };
		const tense = context.tenseAt(match.index, match.index + match[0].length);
		const year = yearOfNearestMonth(context.ref, definition.month, tense);
		return { type: 'date', value: formatDay(holidayDay(definition, year)), resolution: `the holiday nearest the reference date (${tenseWords(tense)})` };
	},
};

/** Holiday rules. */
export const HOLIDAY_RULES: readonly DateRule[] = [holiday];
