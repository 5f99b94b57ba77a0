import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findQuotes } from '../../../src/analysis/quotes/findQuotes';
import { slugify, stripByteOrderMark } from '../../../src/analysis/text';
import type { Actor, ActorKind } from '../../../src/analysis/types';
import { accuracy, f1, scoreArticle, sumScores } from '../../eval/scoreAgainstGold';
import { loadSeedGold } from '../../eval/seedGold';

describe('findQuotes on the seed gold, given the gold actors', () => {
	// The gold actors isolate quote and speaker finding from actor recognition.
	const scores = sumScores(
		loadSeedGold().map((gold) => {
			const text = stripByteOrderMark(readFileSync(path.resolve(__dirname, '../../../../samples', gold.file), 'utf8'));
			const actors: Actor[] = gold.actors.map((actor) => ({ id: slugify(actor.name), name: actor.name, kind: actor.kind as ActorKind, role: actor.role, mentions: actor.mentions }));
			return scoreArticle(gold, { referenceDate: gold.referenceDate, actors, quotes: findQuotes(text, actors), dates: [] });
		}),
	);

	it('finds the quote spans exactly (F1 of at least 0.95)', () => {
		assert.ok(f1(scores.quoteSpans) >= 0.95, `F1 ${f1(scores.quoteSpans).toFixed(3)}`);
	});
	it('names the speaker of at least 90% of the quotes', () => {
		assert.ok(accuracy(scores.speakers) >= 0.9, `accuracy ${accuracy(scores.speakers).toFixed(3)}`);
	});
});
