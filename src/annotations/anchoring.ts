/**
 * Keeping annotation targets on their text: exact shifting through editor edits, and re-anchoring after
 * an outside change by the exact text and its context, then by a fuzzy match (as Hypothesis does).
 */
import search from 'approx-string-match';
import type { Target } from './sidecarSchema';

/** One edit of a text: `deletedLength` UTF-16 units at `offset` replaced by `insertedText`. */
export interface TextChange {
	offset: number;
	deletedLength: number;
	insertedText: string;
}

/** How many characters of context a target keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** The target for `[start, end)` of `text`, with its exact text and context. */
export function targetAt(text: string, start: number, end: number): Target {
	return {
		start,
		end,
		exact: text.slice(start, end),
		prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
		suffix: text.slice(end, end + CONTEXT_LENGTH),
	};
}

/**
 * Maps a range through one change, or returns undefined when the change replaced all of it. Text
 * inserted at either edge stays outside; an edit inside the range (or over one of its edges) keeps
 * the part that remains.
 */
export function shiftRange(start: number, end: number, change: TextChange): { start: number; end: number } | undefined {
	const { offset, deletedLength, insertedText } = change;
	const changeEnd = offset + deletedLength;
	const delta = insertedText.length - deletedLength;
	if (offset >= end) return { start, end };
	if (changeEnd <= start) return { start: start + delta, end: end + delta };
	if (offset <= start && changeEnd >= end) return undefined;
	if (offset >= start && changeEnd <= end) return { start, end: end + delta };
	if (offset < start) return { start: offset + insertedText.length, end: end + delta };
	return { start, end: offset };
}

/**
 * Shifts a target through a sequence of changes (each relative to the text the previous one left), then
 * refreshes its exact text and context from `finalText`. Undefined when the changes removed its text.
 */
export function shiftTarget(target: Target, changes: readonly TextChange[], finalText: string): Target | undefined {
	let range: { start: number; end: number } | undefined = target;
	for (const change of changes) {
		range = shiftRange(range.start, range.end, change);
		if (!range) return undefined;
	}
	if (range.start === target.start && range.end === target.end && finalText.slice(range.start, range.end) === target.exact) {
		const refreshed = targetAt(finalText, range.start, range.end);
		return refreshed.prefix === target.prefix && refreshed.suffix === target.suffix ? target : refreshed;
	}
	return targetAt(finalText, range.start, range.end);
}

const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/**
 * Finds a target again in a changed text: where it was when its exact text is still there, or moved by
 * `expectedShift` with its context unchanged (the shift of the target before it, say); else the occurrence
 * of its exact text whose context and position fit best; else the best fuzzy match with at most a quarter
 * of its characters changed. Undefined when nothing fits (the annotation is then orphaned).
 */
export function reanchorTarget(target: Target, text: string, expectedShift = 0): Target | undefined {
	const { start, end, exact, prefix, suffix } = target;
	if (exact.length === 0) return undefined;
	if (text.slice(start, end) === exact) return targetAt(text, start, end);
	const shifted = start + expectedShift;
	if (
		expectedShift !== 0 &&
		shifted >= 0 &&
		text.slice(shifted, shifted + exact.length) === exact &&
		text.slice(Math.max(0, shifted - prefix.length), shifted) === prefix &&
		text.slice(shifted + exact.length, shifted + exact.length + suffix.length) === suffix
	) {
		return targetAt(text, shifted, shifted + exact.length);
	}
	const exactMatch = bestMatch(target, text, exactOccurrences(text, exact));
	if (exactMatch) return targetAt(text, exactMatch.start, exactMatch.end);
	const maxErrors = Math.min(256, Math.floor(exact.length / 4));
	if (maxErrors === 0) return undefined;
	const fuzzyMatch = bestMatch(target, text, search(text, exact, maxErrors));
	return fuzzyMatch ? targetAt(text, fuzzyMatch.start, fuzzyMatch.end) : undefined;
}

interface Candidate {
	start: number;
	end: number;
	errors: number;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
	const found: Candidate[] = [];
	for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
		found.push({ start: at, end: at + exact.length, errors: 0 });
	}
	return found;
}

function bestMatch(target: Target, text: string, candidates: readonly Candidate[]): Candidate | undefined {
	let best: Candidate | undefined;
	let bestScore = -Infinity;
	for (const candidate of candidates) {
		const score = scoreCandidate(target, text, candidate);
		if (score > bestScore) {
			best = candidate;
			bestScore = score;
		}
	}
	return best;
}

function scoreCandidate(target: Target, text: string, { start, end, errors }: Candidate): number {
	const quoteScore = 1 - errors / target.exact.length;
	const prefixScore = sharedEndLength(target.prefix, text.slice(Math.max(0, start - target.prefix.length), start)) / Math.max(1, target.prefix.length);
	const suffixScore = sharedStartLength(target.suffix, text.slice(end, end + target.suffix.length)) / Math.max(1, target.suffix.length);
	const positionScore = 1 - Math.abs(start - target.start) / Math.max(1, text.length);
	return QUOTE_WEIGHT * quoteScore + CONTEXT_WEIGHT * (prefixScore + suffixScore) + POSITION_WEIGHT * positionScore;
}

function sharedStartLength(a: string, b: string): number {
	let length = 0;
	while (length < a.length && length < b.length && a[length] === b[length]) length++;
	return length;
}

function sharedEndLength(a: string, b: string): number {
	let length = 0;
	while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
	return length;
}
