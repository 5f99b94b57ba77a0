/** The analysers the analysis bench compares, and the texts it runs them on. */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { analyzeArticle } from '../../src/analysis';
import { generateCorpus, loadSamples } from './generateCorpus';

export const ANALYZERS = {
	analyzeArticle: (text: string) => analyzeArticle(text, { referenceDate: '2022-02-01' }),
	'chrono-node parse': (text: string) => chrono.parse(text, new Date('2022-02-01T12:00:00Z')),
	'compromise people/places/orgs': (text: string) => nlp(text).topics().json(),
};
export type AnalyzerName = keyof typeof ANALYZERS;

const BENCH_TEXTS = {
	/** The samples joined and repeated 20 times: one dense text. */
	samples: () => loadSamples().join('\n\n').repeat(20),
	corpus: () => generateCorpus(5 * 1024 * 1024),
};
export type BenchTextName = keyof typeof BENCH_TEXTS;

export const benchText = (name: BenchTextName): string => BENCH_TEXTS[name]();
