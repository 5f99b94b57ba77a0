import * as assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { analyzeEachFile } from '../../../src/cli/analyzeEachFile';

describe('command line: each file in turn', () => {
	it('gives results in file order, a FileError for a file that fails, and never takes more files at once than the pool keeps busy', async () => {
		const files = Array.from({ length: 60 }, (_, index) => `article-${index}.txt`);
		let inFlight = 0;
		let mostInFlight = 0;
		let capacity = 0;
		const told: number[] = [];
		const toldResults = new Map<number, unknown>();
		let done = 0;
		const results = await analyzeEachFile(
			files,
			async (file, pool) => {
				capacity = pool.capacity;
				mostInFlight = Math.max(mostInFlight, ++inFlight);
				// Later files finish first, so order cannot come from finishing order.
				await delay(files.length - files.indexOf(file));
				inFlight--;
				if (file.endsWith('-7.txt')) throw new Error('cannot be read');
				return file.toUpperCase();
			},
			(result, index, count) => {
				toldResults.set(index, result);
				told.push(index);
				done = count;
			},
		);
		assert.deepEqual(results[7], { file: 'article-7.txt', error: 'article-7.txt: cannot be read' });
		assert.deepEqual(results.filter((_, index) => index !== 7), files.filter((_, index) => index !== 7).map((file) => file.toUpperCase()));
		assert.equal(done, files.length);
		assert.deepEqual([...told].sort((a, b) => a - b), files.map((_, index) => index), 'told of each file once');
		results.forEach((result, index) => assert.equal(toldResults.get(index), result, 'told the result of its own file'));
		assert.notDeepEqual(told, files.map((_, index) => index), 'as they come, not in file order');
		assert.ok(capacity > 1, 'from 40 files on the pool has worker threads');
		assert.equal(mostInFlight, capacity, 'as many files at once as the pool keeps busy, and no more');
	});

	it('takes one file at a time in this thread below 40 files', async () => {
		let inFlight = 0;
		let mostInFlight = 0;
		await analyzeEachFile(['a.txt', 'b.txt', 'c.txt'], async () => {
			mostInFlight = Math.max(mostInFlight, ++inFlight);
			await delay(1);
			inFlight--;
		});
		assert.equal(mostInFlight, 1);
	});
});
