/** Which way a sentence looks in time, judged from its verbs: news speaks of the past and the near future. */

export type Tense = 'past' | 'future' | 'present';

const FUTURE = /\b(?:will|won't|shall|would|going\s+to|gonna|due\s+to\s+(?!the\b|a\b|an\b|its\b|their\b)|(?:set|slated|poised|scheduled|expected)\s+to|plan(?:s|ned|ning)?|schedul(?:e|es|ed|ing)|expect(?:s|ed|ing)?|intend(?:s|ed|ing)?|(?:is|are)\s+to\s+(?=\w)|upcoming|coming|next|tomorrow|as\s+soon\s+as)\b/gi;
/** Past-tense words beside the regular "-ed" forms; a set rather than a regex alternation, which is costly to compile in a fresh process. */
const IRREGULAR_PAST = new Set(
	'said told met was were had did went came took made gave held left saw spoke wrote began became brought bought built caught chose drove fell felt fought found flew forgot got grew heard hit hung kept knew led lost meant ran rang rose sent set shot showed sold stood struck swore taught thought threw understood won wore yesterday ago earlier last previously'.split(
		' ',
	),
);
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
 * Distance from `[from, to)` to the nearest past-tense word outside it; Infinity for none. Words are taken
 * as a `\b…\b` regex takes them: runs of ASCII letters, digits and `_`, of which only all-letter ones count.
 * A word counts as before the span when it starts before `from`, after it when it starts at `to` or later;
 * the search goes outwards from the span and stops at the first such word either side.
 */
function nearestPast(sentence: string, from: number, to: number): number {
	let before = Infinity;
	for (let end = from; end > 0; ) {
		if (!isWordCode(sentence.charCodeAt(end - 1))) {
			end--;
			continue;
		}
		let start = end - 1;
		while (start > 0 && isWordCode(sentence.charCodeAt(start - 1))) start--;
		// The word around `from` runs on to its real end.
		let wordEnd = end;
		while (wordEnd < sentence.length && isWordCode(sentence.charCodeAt(wordEnd))) wordEnd++;
		if (isPastWord(sentence, start, wordEnd)) {
			before = Math.max(0, from - wordEnd);
			break;
		}
		end = start;
	}
	let start = to;
	// A word that starts inside the span (or before it) is not after it.
	if (to > 0) while (start < sentence.length && isWordCode(sentence.charCodeAt(start)) && isWordCode(sentence.charCodeAt(start - 1))) start++;
	while (start < sentence.length) {
		if (!isWordCode(sentence.charCodeAt(start))) {
			start++;
			continue;
		}
		let end = start + 1;
		while (end < sentence.length && isWordCode(sentence.charCodeAt(end))) end++;
		if (isPastWord(sentence, start, end)) return Math.min(before, start - to);
		start = end;
	}
	return before;
}

/** True when `sentence` holds a past-tense word, all letters, at `[start, end)`; most words are told apart by length, first and last letters, without a slice. */
function isPastWord(sentence: string, start: number, end: number): boolean {
	const endsInEd = end - start >= 4 && (sentence.charCodeAt(end - 2) | 32) === 101 && (sentence.charCodeAt(end - 1) | 32) === 100;
	if (!endsInEd && !IRREGULAR_SHAPES.has(wordShape(sentence.charCodeAt(start), end - start))) return false;
	for (let index = start; index < end; index++) if (!isLetterCode(sentence.charCodeAt(index))) return false;
	return isPastTense(sentence.slice(start, end).toLowerCase());
}

/** A word's first letter (in lower case, for ASCII letters) and length, as one number. */
const wordShape = (firstCode: number, length: number) => (firstCode | 32) * 64 + length;
/** The shapes of the irregular past-tense words. */
const IRREGULAR_SHAPES = new Set([...IRREGULAR_PAST].map((word) => wordShape(word.charCodeAt(0), word.length)));

/** A past-tense word, in lower case: an irregular one, or two letters or more before "ed", unless a listed exception. */
const isPastTense = (word: string) => (IRREGULAR_PAST.has(word) || (word.length >= 4 && word.endsWith('ed'))) && !NOT_PAST.has(word);

const isLetterCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
/** What `\w` matches: ASCII letters, digits and `_`. */
const isWordCode = (code: number) => isLetterCode(code) || (code >= 48 && code <= 57) || code === 95;
