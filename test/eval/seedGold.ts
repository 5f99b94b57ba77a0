/** Runs the analyser on the seed articles and scores it against their gold; used by the unit test and `node out/test/eval/printSeedScores.js`. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/analysis';
import { scoreArticle, sumScores, type GoldArticle, type Scores } from './scoreAgainstGold';

const root = path.resolve(__dirname, '../../..');

export function loadSeedGold(): GoldArticle[] {
	return JSON.parse(readFileSync(path.join(root, 'test/fixtures/seeds.gold.json'), 'utf8')) as GoldArticle[];
}

export function scoreSeeds(): { perArticle: Array<{ file: string; scores: Scores }>; total: Scores } {
	const perArticle = loadSeedGold().map((gold) => {
		const text = readFileSync(path.join(root, 'samples', gold.file), 'utf8');
		return { file: gold.file, scores: scoreArticle(gold, analyzeArticle(text, { referenceDate: gold.referenceDate ?? undefined })) };
	});
	return { perArticle, total: sumScores(perArticle.map((a) => a.scores)) };
}
