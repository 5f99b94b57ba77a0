/**
 * Scores findDates on TimeML corpora the TempEval-3 way: `node out/test/eval/printTimeMLScores.js [--chrono] [--errors] DIR...`.
 * Each document's text is analysed with its creation day as the reference date. Extraction is scored on
 * overlapping spans (relaxed) and identical spans (strict); value and type F1 count relaxed matches whose
 * attribute agrees. `--chrono` scores raw chrono-node instead; `--errors` lists the value mistakes.
 */
import * as chrono from 'chrono-node';
import { findDates } from '../../src/analysis/dates/findDates';
import type { DateExpression } from '../../src/analysis/types';
import { readTimeMLDocuments } from './timemlCorpus';

interface Tally {
	gold: number;
	predicted: number;
	relaxed: number;
	strict: number;
	value: number;
	type: number;
}

const args = process.argv.slice(2);
const useChrono = args.includes('--chrono');
const listErrors = args.includes('--errors');
const documents = readTimeMLDocuments(args.filter((arg) => !arg.startsWith('--')));
const tally: Tally = { gold: 0, predicted: 0, relaxed: 0, strict: 0, value: 0, type: 0 };

for (const document of documents) {
	const found = useChrono ? rawChrono(document.text, document.creationDay) : findDates(document.text, document.creationDay);
	tally.gold += document.timexes.length;
	tally.predicted += found.length;
	const used = new Set<number>();
	for (const gold of document.timexes) {
		const index = found.findIndex((p, i) => !used.has(i) && p.start < gold.end && gold.start < p.end);
		if (index < 0) {
			if (listErrors) console.log(`MISS  ${gold.text} | ${gold.type} ${gold.value}`);
			continue;
		}
		used.add(index);
		const predicted = found[index];
		tally.relaxed++;
		if (predicted.start === gold.start && predicted.end === gold.end) tally.strict++;
		if (predicted.value === gold.value) tally.value++;
		else if (listErrors) console.log(`VALUE ${gold.text} | ${gold.type} ${gold.value} | found "${predicted.text}" ${predicted.type} ${predicted.value ?? '-'} (${predicted.resolution ?? ''}) ref ${document.creationDay}`);
		if (predicted.type === gold.type.toLowerCase()) tally.type++;
	}
	if (listErrors) found.forEach((p, i) => used.has(i) || console.log(`EXTRA ${p.text} | ${p.type} ${p.value ?? '-'}`));
}

const f1 = (correct: number) => {
	const precision = tally.predicted ? correct / tally.predicted : 0;
	const recall = tally.gold ? correct / tally.gold : 0;
	return `P ${(100 * precision).toFixed(1)}  R ${(100 * recall).toFixed(1)}  F1 ${(precision + recall ? (200 * precision * recall) / (precision + recall) : 0).toFixed(1)}`;
};
console.log(`${documents.length} documents, ${tally.gold} gold TIMEX3, ${tally.predicted} found (${useChrono ? 'raw chrono-node' : 'findDates'})`);
console.log(`relaxed  ${f1(tally.relaxed)}`);
console.log(`strict   ${f1(tally.strict)}`);
console.log(`value    ${f1(tally.value)}  (accuracy on relaxed matches ${((100 * tally.value) / Math.max(1, tally.relaxed)).toFixed(1)})`);
console.log(`type     ${f1(tally.type)}`);

/** Raw chrono-node as a baseline: its casual parser, values at the granularity of the components it is certain of. */
function rawChrono(text: string, creationDay: string | null): DateExpression[] {
	const reference = creationDay ? new Date(`${creationDay}T12:00:00`) : new Date();
	return chrono.parse(text, reference).map((result) => {
		const c = result.start;
		const date = c.date();
		const two = (n: number) => String(n).padStart(2, '0');
		const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
		let value = day;
		if (c.isCertain('hour')) value = `${day}T${two(date.getHours())}:${two(date.getMinutes())}`;
		else if (!c.isCertain('day') && !c.isCertain('weekday') && c.isCertain('month')) value = day.slice(0, 7);
		else if (!c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month') && c.isCertain('year')) value = day.slice(0, 4);
		return { start: result.index, end: result.index + result.text.length, text: result.text, type: c.isCertain('hour') ? 'time' : 'date', value };
	});
}
