/**
 * Run by the analysis bench in a child process of its own: the peak resident memory of one analyser on one
 * text, so no other benchmark's memory is counted. Prints `{ peakMb, baselineMb }` as JSON.
 */
import { ANALYZERS, benchText, type AnalyzerName, type BenchTextName } from './analyzers';

const [analyzer, textName] = process.argv.slice(2) as [AnalyzerName, BenchTextName];
const text = benchText(textName);
const baselineMb = process.resourceUsage().maxRSS / 1024;
ANALYZERS[analyzer](text);
process.stdout.write(JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, baselineMb }));
