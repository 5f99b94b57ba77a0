import * as assert from 'node:assert/strict';
import { timexSortKey } from '../../../src/index';

describe('timexSortKey', () => {
	it('places calendar values at their start', () => {
		assert.equal(timexSortKey('2022'), '2022-01-01');
		assert.equal(timexSortKey('2022-02'), '2022-02-01');
		assert.equal(timexSortKey('2022-02-12T10:30'), '2022-02-12T10:30');
		assert.equal(timexSortKey('2022-W05'), '2022-01-31');
		assert.equal(timexSortKey('2022-Q2'), '2022-04-01');
		assert.equal(timexSortKey('2022-SU'), '2022-06-01');
	});

	it('has no place for durations, sets and references', () => {
		assert.equal(timexSortKey('P2W'), null);
		assert.equal(timexSortKey('PRESENT_REF'), null);
		assert.equal(timexSortKey('XXXX-WXX-1'), null);
	});
});
