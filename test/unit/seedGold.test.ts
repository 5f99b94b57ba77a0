import * as assert from 'node:assert/strict';
import { accuracy, f1 } from '../eval/scoreAgainstGold';
import { scoreSeeds } from '../eval/seedGold';

describe('analysis quality on the seed gold', () => {
	const { total } = scoreSeeds();

	it('finds actor mentions with overlap F1 of at least 0.90', () => {
		assert.ok(f1(total.actorMentions) >= 0.9, `F1 ${f1(total.actorMentions).toFixed(3)}`);
	});
	it('finds quote spans with exact F1 of at least 0.95', () => {
		assert.ok(f1(total.quoteSpans) >= 0.95, `F1 ${f1(total.quoteSpans).toFixed(3)}`);
	});
	it('names the speaker of at least 85% of the quotes', () => {
		assert.ok(accuracy(total.speakers) >= 0.85 && total.speakers.gold > 0, `accuracy ${accuracy(total.speakers).toFixed(3)} on ${total.speakers.gold}`);
	});
	it('resolves at least 85% of date values', () => {
		assert.ok(accuracy(total.dateValues) >= 0.85, `accuracy ${accuracy(total.dateValues).toFixed(3)}`);
	});
});
