/** Sidecar figures: saving 1,000 claims atomically, and re-anchoring 1,000 claims after an outside edit. */
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sentenceRanges } from '../../src/analysis/text';
import { ArticleAnnotations } from '../../src/annotations/articleAnnotations';
import { nodeFileSystem } from '../../src/annotations/nodeFileSystem';
import { emptySidecar, serializeSidecar } from '../../src/annotations/sidecarFormat';
import { SidecarStore } from '../../src/annotations/sidecarStore';
import type { Figure } from './measure';
import { generateArticles } from './generateCorpus';
import { medianMs } from './measure';

const CLAIMS = 1000;

/** An article long enough for 1,000 sentence claims, and its annotations. */
function articleWithClaims(): { text: string; annotations: ArticleAnnotations } {
	const text = generateArticles(1, 250_000, 7)[0];
	const sentences = sentenceRanges(text);
	if (sentences.length < CLAIMS) throw new Error(`only ${sentences.length} sentences`);
	let id = 0;
	const annotations = new ArticleAnnotations(emptySidecar(text), { newId: () => `c-${(++id).toString(36)}`, now: () => new Date(Date.UTC(2026, 0, 1)) });
	const step = sentences.length / CLAIMS;
	for (let i = 0; i < CLAIMS; i++) {
		const [start, end] = sentences[Math.floor(i * step)];
		annotations.tagClaim({ start, end, tag: i % 2 ? 'claim' : 'threat', note: i % 5 ? '' : 'checked against the wire copy' }, text);
	}
	return { text, annotations };
}

/** Median of `repeats` runs of an async task, in milliseconds. */
async function medianAsyncMs(run: () => Promise<unknown>, repeats: number): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < repeats + 2; i++) {
		const start = process.hrtime.bigint();
		await run();
		if (i >= 2) times.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export async function benchAnnotations(): Promise<Figure[]> {
	const { text, annotations } = articleWithClaims();
	const sidecar = annotations.sidecar;
	const folder = mkdtempSync(path.join(os.tmpdir(), 'sidecar-bench-'));
	const figures: Figure[] = [];
	try {
		const file = path.join(folder, 'article.txt.annotations.json');
		const store = new SidecarStore(nodeFileSystem);
		await store.load(file);
		let flip = 0;
		const saveMs = await medianAsyncMs(async () => {
			// A different status each time, so every save really writes.
			const changed = { ...sidecar, claims: sidecar.claims.map((claim, i) => (i === 0 ? { ...claim, status: flip++ % 2 ? ('verified' as const) : ('false' as const) } : claim)) };
			await store.save(file, changed);
		}, 15);
		figures.push({ name: `save a sidecar of ${CLAIMS} claims (${(serializeSidecar(sidecar).length / 1024).toFixed(0)} KB, atomic, fsync)`, value: saveMs, unit: 'ms' });
		figures.push({ name: `serialise a sidecar of ${CLAIMS} claims`, value: medianMs(() => serializeSidecar(sidecar), 20), unit: 'ms' });
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
	// The outside edit: a paragraph added near the top, one sentence reworded and one deleted further down.
	const sentences = sentenceRanges(text);
	const [rewordStart, rewordEnd] = sentences[Math.floor(sentences.length / 2)];
	const { start: deleteStart, end: deleteEnd } = sidecar.claims[(CLAIMS * 3) / 4].target;
	const edited =
		text.slice(0, 200) +
		'\n\nAn editor added this paragraph after publication, with a correction.\n\n' +
		text.slice(200, rewordStart) +
		text.slice(rewordStart, rewordEnd).replace(/\b(\w+)\b/, 'Reportedly, $1') +
		text.slice(rewordEnd, deleteStart) +
		text.slice(deleteEnd);
	let orphaned = 0;
	const reanchorMs = medianMs(() => {
		orphaned = new ArticleAnnotations(sidecar).reanchor(edited);
	}, 9, 1);
	figures.push({ name: `re-anchor ${CLAIMS} claims after an outside edit (${(text.length / 1024).toFixed(0)} KB article)`, value: reanchorMs, unit: 'ms' });
	figures.push({ name: '  claims left orphaned by that edit', value: orphaned, unit: '' });
	return figures;
}
