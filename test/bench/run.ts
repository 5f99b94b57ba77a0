/** `npm run bench`: prints every benchmark figure and records them in test/bench/results/latest.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchAnalysis } from './analysisBench';
import { benchAnnotations } from './annotationsBench';
import { benchEditor } from './editorBench';
import { benchExport } from './exportBench';
import { benchIndex } from './indexBench';
import type { Figure } from './measure';

const suites: Array<[string, () => Figure[] | Promise<Figure[]>]> = [
	['Analysis', benchAnalysis],
	['Editor', benchEditor],
	['Annotations', benchAnnotations],
	['Workspace index', benchIndex],
	['Export', benchExport],
];

async function main(): Promise<void> {
	const lines = [`# Benchmark results`, '', `Recorded ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.`, ''];
	for (const [title, run] of suites) {
		console.log(`\n${title}`);
		lines.push(`## ${title}`, '', '| measure | value | target |', '| --- | ---: | --- |');
		for (const figure of await run()) {
			const value = `${figure.value.toFixed(figure.value < 10 ? 2 : 1)} ${figure.unit}`;
			console.log(`  ${figure.name.padEnd(60)} ${value.padStart(14)}${figure.target ? `   (target ${figure.target})` : ''}`);
			lines.push(`| ${figure.name} | ${value} | ${figure.target ?? ''} |`);
		}
		lines.push('');
	}
	const folder = path.resolve(__dirname, '../../../test/bench/results');
	mkdirSync(folder, { recursive: true });
	writeFileSync(path.join(folder, 'latest.md'), `${lines.join('\n')}\n`);
	console.log(`\nRecorded in test/bench/results/latest.md`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
