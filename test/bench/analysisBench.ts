/** Analysis throughput and peak memory beside chrono-node and compromise, on the samples and a generated 5 MB corpus. */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/analysis';
import { ANALYZERS, benchText, type AnalyzerName, type BenchTextName } from './analyzers';
import { loadSamples } from './generateCorpus';
import { medianMs, megabytesPerSecond, type Figure } from './measure';

const TEXT_LABELS: Record<BenchTextName, string> = { samples: 'the samples x 20 as one text', corpus: 'generated 5 MB corpus' };

/** Peak resident memory of a fresh process running one analyser once on one text. */
function peakMemoryFigure(analyzer: AnalyzerName, textName: BenchTextName): Figure {
	const output = execFileSync(process.execPath, [path.join(__dirname, 'peakMemory.js'), analyzer, textName], { encoding: 'utf8' });
	const { peakMb, baselineMb } = JSON.parse(output) as { peakMb: number; baselineMb: number };
	return { name: `${analyzer}: peak memory, ${TEXT_LABELS[textName]} (process alone, ${baselineMb.toFixed(0)} MB before)`, value: peakMb, unit: 'MB' };
}

export function benchAnalysis(): Figure[] {
	const texts = { samples: benchText('samples'), corpus: benchText('corpus') };
	const samples = loadSamples();
	const typical = samples.reduce((best, text) => (Math.abs(text.length - 5000) < Math.abs(best.length - 5000) ? text : best));
	// The first analysis in this process: nothing optimised yet.
	const figures: Figure[] = [{ name: `analyzeArticle: ${TEXT_LABELS.samples}, first run in a fresh process`, value: megabytesPerSecond(texts.samples, ANALYZERS.analyzeArticle, 1), unit: 'MB/s' }];
	for (const [name, run] of Object.entries(ANALYZERS) as Array<[AnalyzerName, (text: string) => unknown]>) {
		const target = name === 'analyzeArticle' ? '>= 5' : undefined;
		figures.push(
			{ name: `${name}: ${TEXT_LABELS.samples}, after warm-up`, value: megabytesPerSecond(texts.samples, run, 3, 10), unit: 'MB/s', target },
			{ name: `${name}: ${TEXT_LABELS.corpus}`, value: megabytesPerSecond(texts.corpus, run, 1), unit: 'MB/s', target },
		);
	}
	figures.push({ name: `analyzeArticle: one ${(typical.length / 1024).toFixed(1)} KB article (median)`, value: medianMs(() => analyzeArticle(typical), 200, 20), unit: 'ms', target: '< 2' });
	for (const name of Object.keys(ANALYZERS) as AnalyzerName[]) figures.push(peakMemoryFigure(name, 'samples'), peakMemoryFigure(name, 'corpus'));
	return figures;
}
