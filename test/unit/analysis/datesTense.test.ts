import * as assert from 'node:assert/strict';
import { tenseAround } from '../../../src/analysis/dates/tense';
import { loadSamples } from '../../bench/generateCorpus';

/** The past-tense markers as a regex, as they were first written: the word scanner must find the same. */
const PAST_REFERENCE =
	/\b(?:said|told|met|was|were|had|did|went|came|took|made|gave|held|left|saw|spoke|wrote|began|became|brought|bought|built|caught|chose|drove|fell|felt|fought|found|flew|forgot|got|grew|heard|hit|hung|kept|knew|led|lost|meant|ran|rang|rose|sent|set|shot|showed|sold|stood|struck|swore|taught|thought|threw|understood|won|wore|yesterday|ago|earlier|last|previously|[a-z]{2,}(?:ed|ied))\b/gi;
const NOT_PAST_REFERENCE =
	/^(?:need|needed|speed|feed|seed|breed|bleed|indeed|red|bed|shed|hundred|united|limited|based|related|proposed|supposed|used|interested|concerned|armed|alleged|so-called|embed|exceed|proceed|succeed)$/i;

/** Whether the reference regex finds a past marker outside `[from, to)`. */
function hasPastReference(sentence: string, from: number, to: number): boolean {
	for (const match of sentence.matchAll(PAST_REFERENCE)) if ((match.index < from || match.index >= to) && !NOT_PAST_REFERENCE.test(match[0])) return true;
	return false;
}

describe('date tense', () => {
	it('finds past-tense words where the reference regex does', () => {
		const tricky = ['He WAS here, Used, sO-called, naïve_ed abc_ed 12ed Bled bed REPORTED re-elected x1ed ſaid KNEW caféed ignored_ proceed'];
		for (const text of [...tricky, ...loadSamples().flatMap((sample) => sample.split(/[.!?\n]+/))]) {
			// With no future marker, the tense is past exactly when a past marker lies outside the expression.
			if (/\b(?:will|won't|shall|would|going|gonna|due|set|slated|poised|scheduled|expected|plan\w*|schedul\w*|expect\w*|intend\w*|is|are|upcoming|coming|next|tomorrow|as)\b/i.test(text)) continue;
			for (let from = 0; from < text.length; from += 7) {
				const expected = hasPastReference(text, from, from + 5) ? 'past' : 'present';
				assert.equal(tenseAround(text, 0, from, from + 5), expected, `${JSON.stringify(text)} at ${from}`);
			}
		}
	});
});
