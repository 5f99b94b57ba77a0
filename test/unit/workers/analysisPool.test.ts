import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, type RegistryActor } from '../../../src/analysis';
import { AnalysisPool } from '../../../src/workers/analysisPool';

const samplesDir = path.resolve(__dirname, '../../../../samples');
const samples = readdirSync(samplesDir)
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => readFileSync(path.join(samplesDir, name), 'utf8'));
/** What crosses a thread boundary: plain JSON, without properties set to undefined. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('analysis pool', () => {
	it('gives each text the analysis analyzeArticle gives, in any number at once', async () => {
		const pool = new AnalysisPool({ size: 2 });
		try {
			const texts = Array.from({ length: 12 }, (_, index) => samples[index % samples.length]);
			const analyses = await Promise.all(texts.map((text) => pool.analyze(text, { referenceDate: '2022-02-01' })));
			analyses.forEach((analysis, index) => assert.deepEqual(analysis, plain(analyzeArticle(texts[index], { referenceDate: '2022-02-01' }))));
			assert.equal(pool.parallelism, 2);
			assert.ok(pool.capacity > pool.parallelism, 'it keeps more texts than threads, so none idles');
		} finally {
			pool.dispose();
		}
	});

	it('gives the same analyses with the names and the dates of each text on different workers, a registry and a dateline included', async () => {
		const pool = new AnalysisPool({ size: 2, halvesApart: true });
		const registry: RegistryActor[] = [{ name: 'Antony Blinken', aliases: ['Tony Blinken'] }];
		try {
			const texts = [...samples, 'date 2022-03-04\n\nTony Blinken said on Monday: "We will see."', '\ufeffLavrov spoke last week.'];
			const analyses = await Promise.all(texts.map((text) => pool.analyze(text, { referenceDate: '2022-02-01', registry })));
			analyses.forEach((analysis, index) => assert.equal(JSON.stringify(analysis), JSON.stringify(analyzeArticle(texts[index], { referenceDate: '2022-02-01', registry })), 'fields in the same order too'));
		} finally {
			pool.dispose();
		}
	});

	it('applies each text its own registry, sending each registry to a worker once', async () => {
		const text = 'Sergei Lavrov met Tony Blinken. Blinken said "no".';
		const merge: RegistryActor[] = [{ name: 'Antony Blinken', aliases: ['Tony Blinken'] }];
		const drop: RegistryActor[] = [{ name: 'Sergei Lavrov', notAnActor: true }];
		const pool = new AnalysisPool({ size: 1 });
		try {
			const [merged, dropped, mergedAgain] = await Promise.all([pool.analyze(text, { registry: merge }), pool.analyze(text, { registry: drop }), pool.analyze(text, { registry: merge })]);
			assert.deepEqual(merged, plain(analyzeArticle(text, { registry: merge })));
			assert.deepEqual(mergedAgain, merged);
			assert.deepEqual(dropped, plain(analyzeArticle(text, { registry: drop })));
			assert.ok(merged.actors.some((actor) => actor.name === 'Antony Blinken'));
			assert.ok(!dropped.actors.some((actor) => actor.name === 'Sergei Lavrov'));
		} finally {
			pool.dispose();
		}
	});

	it('analyses in this thread, losing nothing, when its workers die', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'article-annotator-pool-'));
		const script = path.join(folder, 'dyingWorker.js');
		writeFileSync(script, 'process.exit(3);\n');
		const pool = new AnalysisPool({ size: 2, script });
		try {
			const texts = Array.from({ length: 40 }, (_, index) => samples[index % samples.length]);
			const analyses = await Promise.all(texts.map((text) => pool.analyze(text)));
			analyses.forEach((analysis, index) => assert.deepEqual(plain(analysis), plain(analyzeArticle(texts[index]))));
			assert.equal(pool.parallelism, 1, 'after repeated failures it stops starting workers');
		} finally {
			pool.dispose();
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it('analyses in this thread with size 0 or without its worker script, and refuses work once disposed', async () => {
		for (const pool of [new AnalysisPool({ size: 0 }), new AnalysisPool({ script: path.join(tmpdir(), 'no-such-worker.js') })]) {
			assert.equal(pool.parallelism, 1);
			assert.deepEqual(await pool.analyze(samples[0]), analyzeArticle(samples[0]));
			pool.dispose();
			await assert.rejects(pool.analyze(samples[0]), /closed/);
		}
	});

	it('rejects the texts still queued when disposed', async () => {
		const pool = new AnalysisPool({ size: 1 });
		const pending = samples.map((text) => pool.analyze(text));
		pool.dispose();
		for (const result of pending) await assert.rejects(result, /closed/);
	});
});
