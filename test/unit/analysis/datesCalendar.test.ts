import * as assert from 'node:assert/strict';
import { addDays, type Day, daysBetween, isoWeekday } from '../../../src/analysis/dates/calendar';

const MS_PER_DAY = 86_400_000;
/** The same day arithmetic done with Date, as the integer arithmetic must agree with it. */
const toTime = (day: Day) => Date.UTC(day.year, day.month - 1, day.day);
function dateOf(time: number): Day {
	const date = new Date(time);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

describe('date calendar arithmetic', () => {
	it('agrees with Date on every day from 1600 to 2500', () => {
		const reference = { year: 2022, month: 1, day: 28 };
		for (let time = Date.UTC(1600, 0, 1); time < Date.UTC(2500, 0, 1); time += MS_PER_DAY) {
			const day = dateOf(time);
			assert.equal(isoWeekday(day), ((new Date(time).getUTCDay() + 6) % 7) + 1);
			assert.equal(daysBetween(day, reference), Math.round((toTime(reference) - time) / MS_PER_DAY));
		}
	});

	it('agrees with Date at the edges: years Date reads as 1900s, days that do not exist, large shifts', () => {
		for (const year of [1, 99, 100, 101, 1900, 2000, 2024, 9999, 10000])
			for (const month of [0, 1, 2, 12, 13])
				for (const day of [0, 1, 29, 31, 32])
					for (const days of [-1000, -366, -1, 0, 1, 365, 1000]) {
						const start = { year, month, day };
						assert.deepEqual(addDays(start, days), dateOf(toTime(start) + days * MS_PER_DAY), JSON.stringify([start, days]));
					}
	});
});
