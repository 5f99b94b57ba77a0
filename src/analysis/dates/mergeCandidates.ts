/** Settles overlapping candidates: the longer span wins, and on equal length the one found first. */
import type { Candidate } from './dateRule';

/** Candidates that do not overlap, in text order. */
export function mergeCandidates(candidates: readonly Candidate[]): Candidate[] {
	const ordered = candidates
		.map((candidate, order) => ({ candidate, order }))
		.sort((a, b) => a.candidate.start - b.candidate.start || b.candidate.end - a.candidate.end || a.order - b.order);
	const kept: Candidate[] = [];
	for (const { candidate } of ordered) {
		const last = kept[kept.length - 1];
		if (!last || candidate.start >= last.end) kept.push(candidate);
		else if (candidate.end - candidate.start > last.end - last.start) kept[kept.length - 1] = candidate;
	}
	return kept;
}
