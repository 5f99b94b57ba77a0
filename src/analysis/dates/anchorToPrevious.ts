/** Counts "two days later", "a year earlier", "the next day" from the date the text spoke of last, as a reader would. */
import type { Day } from './calendar';
import type { Candidate } from './dateRule';
import type { UnitName } from './lexicon';
import { shiftedPeriod } from './resolve';

/** How far back, in characters, the date spoken of last may lie. */
const REACH = 600;

/** Candidates in text order, with counted ones re-anchored on the nearest earlier date of fine enough grain. */
export function anchorToPrevious(candidates: readonly Candidate[], text: string): Candidate[] {
	const anchored: Candidate[] = [];
	for (const candidate of candidates) anchored.push(candidate.shift ? reanchor(candidate, anchored, text) : candidate);
	return anchored;
}

function reanchor(candidate: Candidate, before: readonly Candidate[], text: string): Candidate {
	const { unit, count } = candidate.shift!;
	for (let index = before.length - 1; index >= 0 && candidate.start - before[index].end <= REACH; index--) {
		const anchor = before[index];
		const day = anchorDay(anchor.value, unit);
		if (!day) continue;
		const value = shiftedPeriod(day, unit, count);
		if (!value) return candidate;
		const words = `${Math.abs(count)} ${unit}${Math.abs(count) === 1 ? '' : 's'} ${count < 0 ? 'before' : 'after'}`;
		return { ...candidate, value, resolution: `${words} the date spoken of before ("${text.slice(anchor.start, anchor.end)}")` };
	}
	return candidate;
}

/** The day a value stands for, when it is at least as fine as the unit counted: a year suffices for years. */
function anchorDay(value: string | undefined, unit: UnitName): Day | null {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\dW])/.exec(value ?? '');
	if (!match) return null;
	const [, year, month, day] = match;
	const needsDay = unit === 'day' || unit === 'week' || unit === 'fortnight';
	if ((needsDay && !day) || (unit === 'month' && !month)) return null;
	return { year: Number(year), month: Number(month ?? 1), day: Number(day ?? 1) };
}
