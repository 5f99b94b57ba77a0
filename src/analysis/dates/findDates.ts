/**
 * Date and time expressions with TIMEX3 values. The pipeline: a cheap scan finds windows around time words
 * and digits; our rules (calendar names, relative days and periods, holidays, clock times, durations, sets)
 * and chrono-node (month days, numeric dates) read those windows; early/mid/late widen periods; overlaps go
 * to the longer span; a day and a clock time side by side become one time.
 */
import type { DateExpression } from '../types';
import { anchorToPrevious } from './anchorToPrevious';
import { parseDay, type Day } from './calendar';
import { Anchor, candidateWindows, type CandidateWindow } from './candidateWindows';
import { CALENDAR_RULES } from './calendarRules';
import { chronoCandidates } from './chronoDates';
import { CLOCK_RULES } from './clockRules';
import { combineDayAndClock } from './combineDayAndClock';
import { ALL_CUES, hasCues } from './cues';
import { type Candidate, type DateRule, type RuleContext, toCandidate } from './dateRule';
import { DURATION_RULES } from './durationRules';
import { HOLIDAY_RULES } from './holidayRules';
import { mergeCandidates } from './mergeCandidates';
import { withModifier } from './modifiers';
import { RELATIVE_RULES } from './relativeRules';
import { tenseAround, type Tense } from './tense';

/** Every rule of our own grammar; chrono-node adds month days and numeric dates. */
const RULES: readonly DateRule[] = [...CALENDAR_RULES, ...RELATIVE_RULES, ...HOLIDAY_RULES, ...CLOCK_RULES, ...DURATION_RULES];

/** How far the tense of a clause is looked for, either side of an expression. */
const CLAUSE_REACH = 160;

/**
 * Finds date and time expressions, resolved against the reference date (`YYYY-MM-DD`) where one is known:
 * relative expressions keep no value without it, absolute ones still get theirs. Never throws.
 */
export function findDates(text: string, referenceDate: string | null): DateExpression[] {
	if (typeof text !== 'string' || text.length === 0) return [];
	try {
		return collectDates(text, parseDay(referenceDate));
	} catch {
		return [];
	}
}

function collectDates(text: string, ref: Day | null): DateExpression[] {
	const context: RuleContext = { text, ref, tenseAt: (start, end) => clauseTense(text, start, end) };
	const candidates: Candidate[] = [];
	for (const window of candidateWindows(text)) {
		readWindow(window, context, candidates);
		if (window.anchors & Anchor.digit) candidates.push(...chronoCandidates(context, window.start, window.end));
	}
	const settled = mergeCandidates(candidates.map((candidate) => withModifier(candidate, text)));
	return anchorToPrevious(combineDayAndClock(settled, text), text).map((candidate) => toExpression(candidate, text));
}

/** Runs the rules whose anchors and cues the window holds. */
function readWindow({ start, end, anchors, cues }: CandidateWindow, context: RuleContext, into: Candidate[]): void {
	const window = context.text.slice(start, end);
	for (const rule of rulesFor(anchors, cues)) readMatches(rule, window, start, context, into);
}

/** The rules to run by a window's anchor and cue flags; windows share a few combinations. */
const rulesByFlags = new Map<number, readonly DateRule[]>();
/** How many combinations `rulesByFlags` keeps before starting afresh. */
const RULES_BY_FLAGS_LIMIT = 1000;

/**
 * The rules whose anchors and cues a window with these flags holds, in their order: one lookup per window
 * rather than a test of every rule, which ran unoptimised for a long while in a fresh process.
 */
function rulesFor(anchors: number, cues: number): readonly DateRule[] {
	const key = anchors * (ALL_CUES + 1) + cues;
	let rules = rulesByFlags.get(key);
	if (!rules) {
		rules = RULES.filter((rule) => rule.needs & anchors && hasCues(rule.cues, cues));
		if (rulesByFlags.size >= RULES_BY_FLAGS_LIMIT) rulesByFlags.clear();
		rulesByFlags.set(key, rules);
	}
	return rules;
}

/** Runs one rule over a window, reading each match at its offset in the whole text. */
function readMatches(rule: DateRule, window: string, offset: number, context: RuleContext, into: Candidate[]): void {
	rule.pattern.lastIndex = 0;
	for (let match = rule.pattern.exec(window); match; match = rule.pattern.exec(window)) {
		if (match[0].length === 0) {
			rule.pattern.lastIndex++;
			continue;
		}
		match.index += offset;
		const reading = rule.read(match, context);
		if (reading) into.push(toCandidate(match.index, match.index + match[0].length, reading));
	}
}

/** The tense of the sentence part around an expression, bounded by sentence ends and line breaks. */
function clauseTense(text: string, start: number, end: number): Tense {
	// Native string searches over the reach either side: a loop over its characters ran unoptimised in a fresh process.
	const lowest = Math.max(0, start - CLAUSE_REACH);
	const before = text.slice(lowest, start);
	const from = lowest + 1 + Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
	const after = text.slice(end, end + CLAUSE_REACH);
	const clauseEnd = after.search(CLAUSE_END);
	const to = clauseEnd < 0 ? end + after.length : end + clauseEnd;
	return tenseAround(text.slice(from, to), from, start, end);
}

/** `.`, `!`, `?` or a line feed. */
const CLAUSE_END = /[.!?\n]/;

function toExpression(candidate: Candidate, text: string): DateExpression {
	const expression: DateExpression = { start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), type: candidate.type };
	if (candidate.value) expression.value = candidate.value;
	if (candidate.mod) expression.mod = candidate.mod;
	if (candidate.resolution) expression.resolution = candidate.resolution;
	return expression;
}
