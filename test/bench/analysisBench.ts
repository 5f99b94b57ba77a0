/** Analysis throughput beside chrono-node and compromise, on the samples and a generated 5 MB corpus. */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { analyzeArticle } from '../../src/analysis';
import { generateCorpus, loadSamples } from './generateCorpus';
import { medianMs, megabytesPerSecond, peakRssMb, type Figure } from './measure';

export function benchAnalysis(): Figure[] {
	const samples = loadSamples();
	const samplesText = samples.join('\n\n');
	const corpus = generateCorpus(5 * 1024 * 1024);
	const typical = samples.reduce((best, text) => (Math.abs(text.length - 5000) < Math.abs(best.length - 5000) ? text : best));
	const competitors: Array<[string, (text: string) => unknown]> = [
		['analyzeArticle', (text) => analyzeArticle(text, { referenceDate: '2022-02-01' })],
		['chrono-node parse', (text) => chrono.parse(text, new Date('2022-02-01T12:00:00Z'))],
		['compromise people/places/orgs', (text) => nlp(text).topics().json()],
	];
	const samplesLabel = `samples (${(Buffer.byteLength(samplesText) / 1024).toFixed(1)} KB) x 20 as one text`;
	// The first analysis in this process: nothing optimised yet.
	const figures: Figure[] = [{ name: `analyzeArticle: ${samplesLabel}, first run in a fresh process`, value: megabytesPerSecond(samplesText.repeat(20), competitors[0][1], 1), unit: 'MB/s' }];
	for (const [name, run] of competitors) {
		figures.push({ name: `${name}: ${samplesLabel}, after warm-up`, value: megabytesPerSecond(samplesText.repeat(20), run, 3, 10), unit: 'MB/s', target: name === 'analyzeArticle' ? '>= 5' : undefined });
		figures.push({ name: `${name}: generated 5 MB corpus`, value: megabytesPerSecond(corpus, run, 1), unit: 'MB/s', target: name === 'analyzeArticle' ? '>= 5' : undefined });
	}
	figures.push({ name: `analyzeArticle: one ${(typical.length / 1024).toFixed(1)} KB article (median)`, value: medianMs(() => analyzeArticle(typical), 200, 20), unit: 'ms', target: '< 2' });
	figures.push({ name: 'peak resident memory of the process so far', value: peakRssMb(), unit: 'MB' });
	return figures;
}
