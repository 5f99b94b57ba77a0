/** Command-line export throughput: 1,000 generated articles with sidecars, every format, through dist/cli.js. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { targetAt } from '../../src/annotations/anchoring';
import { emptySidecar, serializeSidecar } from '../../src/annotations/sidecarFormat';
import { CLAIM_STATUSES, type Claim } from '../../src/annotations/sidecarSchema';
import { sidecarPathFor } from '../../src/annotations/sidecarPaths';
import { exportFiles } from '../../src/cli/exportCommand';
import { EXPORT_FORMAT_IDS } from '../../src/export';
import type { Figure } from './measure';
import { generateArticles } from './generateCorpus';

const cli = path.resolve(__dirname, '../../../dist/cli.js');

/** Three claims on the first sentences of a text, with rotating statuses. */
function claimsOf(text: string, seed: number): Claim[] {
	const claims: Claim[] = [];
	for (const match of text.matchAll(/[A-Z][^.!?\n]{30,200}[.!?]/g)) {
		const start = match.index ?? 0;
		claims.push({ id: `c-${claims.length}`, tag: 'claim', status: CLAIM_STATUSES[(seed + claims.length) % CLAIM_STATUSES.length], speaker: null, note: 'bench', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', target: targetAt(text, start, start + match[0].length) });
		if (claims.length === 3) break;
	}
	return claims;
}

/** Writes `count` generated articles, each with a sidecar, into a fresh temporary folder. */
export function writeBenchArticles(count: number): { folder: string; files: string[]; bytes: number } {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'article-annotator-export-bench-'));
	const files: string[] = [];
	let bytes = 0;
	generateArticles(count).forEach((text, index) => {
		const file = path.join(folder, `article-${String(index).padStart(4, '0')}.txt`);
		writeFileSync(file, text);
		writeFileSync(sidecarPathFor(file), serializeSidecar({ ...emptySidecar(text), claims: claimsOf(text, index) }));
		files.push(file);
		bytes += Buffer.byteLength(text);
	});
	return { folder, files, bytes };
}

/** MB/s of article text through `node dist/cli.js export --format FORMAT` by the wall clock, process start included. */
function exportMegabytesPerSecond(node: string, format: string, folder: string, files: string[], bytes: number): number {
	const started = process.hrtime.bigint();
	const result = spawnSync(node, [cli, 'export', '--format', format, '--out', path.join(folder, `out-${format}`), ...files], { encoding: 'utf8' });
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	if (result.status !== 0) throw new Error(`export --format ${format} failed: ${result.stderr}`);
	return bytes / 1e6 / seconds;
}

/**
 * Wall time of `node dist/cli.js export` over 1,000 articles in each format (process start included), in
 * MB/s of article text; and, in this process, the CPU time of a JSON export (worker threads included), which
 * a busy machine does not inflate as it does wall time.
 */
export async function benchExport(count = 1000): Promise<Figure[]> {
	const { folder, files, bytes } = writeBenchArticles(count);
	const figures: Figure[] = [];
	try {
		for (const format of EXPORT_FORMAT_IDS) {
			figures.push({ name: `CLI export ${format}: ${count} articles (${(bytes / 1e6).toFixed(1)} MB), Node ${process.versions.node}`, value: exportMegabytesPerSecond(process.execPath, format, folder, files, bytes), unit: 'MB/s', target: '>= 5' });
		}
		// The same on the Node 24 the integration set-up unpacks, when it has: newer V8s warm up faster.
		// scripts/ is plain CommonJS outside the TypeScript project, so it is loaded by path.
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const node24 = (require(path.resolve(__dirname, '../../../scripts/prerequisites.js')) as { cachedNode24(): string | undefined }).cachedNode24();
		if (node24) {
			const version = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim().slice(1);
			figures.push({ name: `CLI export json: ${count} articles, Node ${version}`, value: exportMegabytesPerSecond(node24, 'json', folder, files, bytes), unit: 'MB/s', target: '>= 5' });
		}
		const cpuBefore = process.cpuUsage();
		await exportFiles(files, { format: 'json', out: path.join(folder, 'in-process.json') });
		const cpu = process.cpuUsage(cpuBefore);
		figures.push({ name: `export json in process: MB of article text per CPU second`, value: bytes / 1e6 / ((cpu.user + cpu.system) / 1e6), unit: 'MB/s' });
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
	return figures;
}
