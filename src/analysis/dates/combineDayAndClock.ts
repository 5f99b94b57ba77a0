/** Joins a day and a clock time written side by side ("Friday at 3 p.m.", "9 a.m. Tuesday", "noon Thursday") into one time. */
import { type Candidate, toCandidate } from './dateRule';

const JOINER = /^\s*,?\s*(?:on|at)?\s*$/i;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/** Candidates in text order, with each adjacent day and clock time merged. */
export function combineDayAndClock(candidates: readonly Candidate[], text: string): Candidate[] {
	const combined: Candidate[] = [];
	for (const candidate of candidates) {
		const previous = combined[combined.length - 1];
		// Only a clock time joins a day: the text between is read only then.
		const merged = previous && (previous.clock || candidate.clock) && JOINER.test(text.slice(previous.end, candidate.start)) ? merge(previous, candidate) : null;
		if (merged) combined[combined.length - 1] = merged;
		else combined.push(candidate);
	}
	return combined;
}

function merge(first: Candidate, second: Candidate): Candidate | null {
	const clock = first.clock ? first : second.clock ? second : null;
	const day = clock === first ? second : first;
	if (!clock?.clock || day.clock || day.type !== 'date' || (day.value !== undefined && !DAY_VALUE.test(day.value))) return null;
	return toCandidate(first.start, second.end, {
		type: 'time',
		value: day.value ? day.value + clock.clock : undefined,
		resolution: `${day.resolution ?? 'the day given'}, at the time given`,
	});
}
