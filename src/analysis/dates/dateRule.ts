import type { DateMod, DateType } from '../types';
import type { Day } from './calendar';
import type { UnitName } from './lexicon';
import type { Tense } from './tense';

/** What a rule makes of a match: its type, and its value where the reference date allows one. */
export interface Reading {
	type: DateType;
	value?: string;
	mod?: DateMod;
	/** How the value was obtained, for hovers. */
	resolution?: string;
}

/** A found expression before overlaps are settled. */
export interface Candidate extends Reading {
	start: number;
	end: number;
	/** For a clock time with no day of its own ("at 3 p.m.", "noon"): its TIMEX3 time part, e.g. `T15:00`. */
	clock?: string;
	/** For a time counted from the date mentioned before ("two days later", "the next day"): the count. */
	shift?: { unit: UnitName; count: number };
}

/** What a rule may add to its reading. */
export type RuleReading = Reading & Pick<Candidate, 'clock' | 'shift'>;

/**
 * A candidate with every field present, in one order. All candidates then share one hidden class, and the
 * passes over them stay monomorphic: with readings of many shapes, their property accesses were megamorphic,
 * which is slow, the more so in a process whose other analyses fill V8's shared lookup cache.
 */
export function toCandidate(start: number, end: number, reading: RuleReading): Candidate {
	return { start, end, type: reading.type, value: reading.value, mod: reading.mod, resolution: reading.resolution, clock: reading.clock, shift: reading.shift };
}

/** What rules may consult about the text around a match. */
export interface RuleContext {
	readonly text: string;
	/** The reference date, or null: relative expressions then get no value. */
	readonly ref: Day | null;
	/** The tense of the clause around `[start, end)`. */
	tenseAt(start: number, end: number): Tense;
}

/** One pattern of the grammar and how to read its matches; `read` returns null to reject a match. */
export interface DateRule {
	/** `Anchor` flags: the rule runs only on windows holding one of these kinds of word. */
	readonly needs: number;
	/** `Cue` masks, each of which the window must hold a flag of: words and digit shapes every match contains. */
	readonly cues?: readonly number[];
	readonly pattern: RegExp;
	read(match: RegExpExecArray, context: RuleContext): RuleReading | null;
}
