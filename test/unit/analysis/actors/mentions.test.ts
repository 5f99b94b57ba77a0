import * as assert from 'node:assert/strict';
import { findActors } from '../../../../src/analysis/actors/findActors';

const names = (text: string) => findActors(text).map((actor) => actor.name);

describe('actor mentions kept from text to text', () => {
	const withoutLowerCase = 'Officials met in Geneva on Monday. Warden Smith arrived late. Warden Smith said nothing.';
	const withLowerCase = `${withoutLowerCase} The prison warden was absent.`;

	it('reuses a classification only where the text writes the same words in lower case', () => {
		const before = names(withoutLowerCase);
		assert.deepEqual(names(withLowerCase), ['Geneva', 'Smith']);
		assert.deepEqual(names(withoutLowerCase), before);
		assert.deepEqual(before, ['Geneva', 'Warden Smith']);
	});

	it('gives a long text the same answers as a short one', () => {
		const padding = ' It rained.'.repeat(8000);
		assert.deepEqual(names(withLowerCase + padding), ['Geneva', 'Smith']);
		assert.deepEqual(names(withoutLowerCase + padding), ['Geneva', 'Warden Smith']);
	});
});
