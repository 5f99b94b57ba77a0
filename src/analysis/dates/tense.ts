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
 */
function nearestPast(sentence: string, from: number, to: number): number {
	let best = Infinity;
	for (let start = 0; start < sentence.length; ) {
		if (!isWordCode(sentence.charCodeAt(start))) {
			start++;
			continue;
		}
		let end = start;
		let lettersOnly = true;
		for (let code = sentence.charCodeAt(end); end < sentence.length && isWordCode(code); code = sentence.charCodeAt(++end)) lettersOnly &&= isLetterCode(code);
		if (lettersOnly && (start < from || start >= to) && isPastWord(sentence.slice(start, end).toLowerCase())) {
			if (start >= to) return Math.min(best, start - to); // later words lie farther
			best = Math.min(best, Math.max(0, from - end));
		}
		start = end;
	}
	return best;
}

/** A past-tense word, in lower case: an irregular one, or two letters or more before "ed", unless a listed exception. */
const isPastWord = (word: string) => (IRREGULAR_PAST.has(word) || (word.length >= 4 && word.endsWith('ed'))) && !NOT_PAST.has(word);

const isLetterCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
/** What `\w` matches: ASCII letters, digits and `_`. */
const isWordCode = (code: number) => isLetterCode(code) || (code >= 48 && code <= 57) || code === 95;
