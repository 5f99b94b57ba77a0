/** Early / mid / late and "the end of": widen a period's span to its modifier and set the TIMEX3 `mod`. */
import type { DateMod } from '../types';
import type { Candidate } from './dateRule';

const MODIFIER_BEFORE = /\b(?:the\s+)?(?:(early|mid|late)[\s-]+|(end|beginning|start|middle|latter\s+half|last\s+half)\s+of\s+(?:the\s+)?)$/i;
/** Periods longer than a day: years, months, weeks, seasons, quarters, decades, centuries. */
const PERIOD_VALUE = /^\d{2,4}(?:-(?:\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI))?$/;

/** How far before a period its modifier is looked for. */
const MODIFIER_REACH = 30;

/**
 * False when no modifier can end at `start`: every one ends in spaces or hyphens after "early", "mid",
 * "late", "of" or "the", so the letter before those is y, d, e or f. Most spans are ruled out without the regex.
 */
function mayFollowModifier(text: string, start: number): boolean {
	const lowest = Math.max(0, start - MODIFIER_REACH);
	let index = start - 1;
	while (index >= lowest && isSpaceOrHyphen(text.charCodeAt(index))) index--;
	if (index === start - 1 || index < lowest) return false;
	const letter = text.charCodeAt(index) | 32;
	return letter === 121 || letter === 100 || letter === 101 || letter === 102;
}

/** What `[\s-]` matches. */
const isSpaceOrHyphen = (code: number) => code === 45 || code === 32 || (code >= 9 && code <= 13) || code === 160 || (code > 127 && /\s/.test(String.fromCharCode(code)));

const MODS: Readonly<Record<string, DateMod>> = {
	early: 'START', beginning: 'START', start: 'START',
	mid: 'MID', middle: 'MID',
	late: 'END', end: 'END', 'latter half': 'END', 'last half': 'END',
};

/** Returns the candidate widened to a modifier just before it, or unchanged. */
export function withModifier(candidate: Candidate, text: string): Candidate {
	if (candidate.type !== 'date' || candidate.mod || !mayFollowModifier(text, candidate.start)) return candidate;
	if (candidate.value !== undefined && !PERIOD_VALUE.test(candidate.value)) return candidate;
	const before = text.slice(Math.max(0, candidate.start - MODIFIER_REACH), candidate.start);
	const match = MODIFIER_BEFORE.exec(before);
	if (!match) return candidate;
	const word = (match[1] ?? match[2]).toLowerCase().replace(/\s+/g, ' ');
	const mod = MODS[word];
	return mod ? { ...candidate, start: candidate.start - match[0].length, mod } : candidate;
}
