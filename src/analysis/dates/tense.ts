/** Which way a sentence looks in time, judged from its verbs: news speaks of the past and the near future. */

export type Tense = 'past' | 'future' | 'present';

const FUTURE = /\b(?:will|won't|shall|would|going\s+to|gonna|due\s+to\s+(?!the\b|a\b|an\b|its\b|their\b)|(?:set|slated|poised|scheduled|expected)\s+to|plan(?:s|ned|ning)?|schedul(?:e|es|ed|ing)|expect(?:s|ed|ing)?|intend(?:s|ed|ing)?|(?:is|are)\s+to\s+(?=\w)|upcoming|coming|next|tomorrow|as\s+soon\s+as)\b/gi;
/** Past-tense words beside the regular "-ed" forms. */
const IRREGULAR_PAST =
	'said told met was were had did went came took made gave held left saw spoke wrote began became brought bought built caught chose drove fell felt fought found flew forgot got grew heard hit hung kept knew led lost meant ran rang rose sent set shot showed sold stood struck swore taught thought threw understood won wore yesterday ago earlier last previously';
/** Words ending in "ed" that are no past tense. */
const NOT_PAST = new Set('need needed speed feed seed breed bleed indeed red bed shed hundred united limited based related proposed supposed used interested concerned armed alleged embed exceed proceed succeed'.split(' '));

/**
 * The tense of the clause around `[start, end)` within `sentence` (whose text starts at `offset`): the
 * nearest future or past marker wins; none gives `present`.
 */
export function tenseAround(sentence: string, offset: number, start: number, end: number): Tense {
	const from = start - offset;
	const to = end - offset;
	const future = nearestFuture(sentence, from, to);
	const past = nearestPast(sentence, from, to);
	if (future === Infinity && past === Infinity) return 'present';
	return future <= past ? 'future' : 'past';
}

/** Distance from `[from, to)` to the nearest match of `FUTURE` outside it; Infinity for none. */
function nearestFuture(sentence: string, from: number, to: number): number {
	let best = Infinity;
	FUTURE.lastIndex = 0;
	for (let match = FUTURE.exec(sentence); match; match = FUTURE.exec(sentence)) {
		if (match.index >= from && match.index < to) continue;
		if (match.index >= to) return Math.min(best, match.index - to); // later matches lie farther
		best = Math.min(best, Math.max(0, from - match.index - match[0].length));
	}
	return best;
}

/**
 * Distance from `[from, to)` to the nearest past-tense word outside it; Infinity for none. A word counts as
 * before the span when it starts before `from`, after it when it starts at `to` or later.
 */
function nearestPast(sentence: string, from: number, to: number): number {
	let before = Infinity;
	PAST_WORD.lastIndex = 0;
	for (let match = PAST_WORD.exec(sentence); match; match = PAST_WORD.exec(sentence)) {
		if (NOT_PAST.has(match[0].toLowerCase()) || (match.index >= from && match.index < to)) continue;
		if (match.index >= to) return Math.min(before, match.index - to);
		before = Math.max(0, from - match.index - match[0].length);
	}
	return before;
}

/**
 * A past-tense word: an irregular one, or two letters or more before "ed". Words are taken as `\b` takes
 * them, runs of ASCII letters, digits and `_`, of which only all-letter ones count. The regex runs in native
 * code, where a loop over the sentence's characters ran unoptimised in a fresh process, then cost an optimising compile.
 */
const PAST_WORD = new RegExp(`\\b(?:[a-z]{2,}ed|${IRREGULAR_PAST.replace(/ /g, '|')})\\b`, 'gi');
