/** Which way a sentence looks in time, judged from its verbs: news speaks of the past and the near future. */

export type Tense = 'past' | 'future' | 'present';

const FUTURE = /\b(?:will|won't|shall|would|going\s+to|gonna|due\s+to\s+(?!the\b|a\b|an\b|its\b|their\b)|(?:set|slated|poised|scheduled|expected)\s+to|plan(?:s|ned|ning)?|schedul(?:e|es|ed|ing)|expect(?:s|ed|ing)?|intend(?:s|ed|ing)?|(?:is|are)\s+to\s+(?=\w)|upcoming|coming|next|tomorrow|as\s+soon\s+as)\b/gi;
const IRREGULAR_PAST =
	'said|told|met|was|were|had|did|went|came|took|made|gave|held|left|saw|spoke|wrote|began|became|brought|bought|built|caught|chose|drove|fell|felt|fought|found|flew|forgot|got|grew|heard|hit|hung|kept|knew|led|lost|meant|ran|rang|rose|sent|set|shot|showed|sold|stood|struck|swore|taught|thought|threw|understood|won|wore|yesterday|ago|earlier|last|previously';
const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST}|[a-z]{2,}(?:ed|ied))\\b`, 'gi');
const NOT_PAST = /^(?:need|needed|speed|feed|seed|breed|bleed|indeed|red|bed|shed|hundred|united|limited|based|related|proposed|supposed|used|interested|concerned|armed|alleged|so-called|embed|exceed|proceed|succeed)$/i;

/**
 * The tense of the clause around `[start, end)` within `sentence` (whose text starts at `offset`): the
 * nearest future or past marker wins; none gives `present`.
 */
export function tenseAround(sentence: string, offset: number, start: number, end: number): Tense {
	const from = start - offset;
	const to = end - offset;
	const future = nearestMarker(FUTURE, null, sentence, from, to);
	const past = nearestMarker(PAST, NOT_PAST, sentence, from, to);
	if (future === Infinity && past === Infinity) return 'present';
	return future <= past ? 'future' : 'past';
}

/** Distance from `[from, to)` to the nearest match of `pattern` outside it that `skip` does not reject; Infinity for none. */
function nearestMarker(pattern: RegExp, skip: RegExp | null, sentence: string, from: number, to: number): number {
	let best = Infinity;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
		if (match.index >= from && match.index < to) continue;
		if (skip?.test(match[0])) continue;
		if (match.index >= to) return Math.min(best, match.index - to); // later matches lie farther
		best = Math.min(best, Math.max(0, from - match.index - match[0].length));
	}
	return best;
}
