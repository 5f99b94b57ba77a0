import * as assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { inLanes } from '../../../src/shared/inLanes';

describe('inLanes', () => {
	it('runs every index once, at most the given number at once', async () => {
		const ran: number[] = [];
		let running = 0;
		let most = 0;
		await inLanes(10, 3, async (index) => {
			most = Math.max(most, ++running);
			await delay(10 - index);
			running--;
			ran.push(index);
		});
		assert.deepEqual([...ran].sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		assert.equal(most, 3);
	});

	it('takes no new index once told to stop', async () => {
		const ran: number[] = [];
		await inLanes(10, 2, async (index) => {
			ran.push(index);
			await delay(1);
		}, () => ran.length >= 4);
		assert.deepEqual(ran, [0, 1, 2, 3]);
	});
});
