/** Generates articles for benchmarks by recombining the sample articles' paragraphs, deterministically. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { paragraphRanges } from '../../src/analysis/text';

const samplesDir = path.resolve(__dirname, '../../../samples');

/** The sample articles' texts, in file order. */
export function loadSamples(): string[] {
	return readdirSync(samplesDir)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => readFileSync(path.join(samplesDir, name), 'utf8'));
}

function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 0x100000000;
	};
}

/** `count` articles of about `approximateBytes` each: a dateline, then sample paragraphs drawn at random. */
export function generateArticles(count: number, approximateBytes = 4000, seed = 1): string[] {
	const paragraphs = loadSamples().flatMap((text) => paragraphRanges(text).map(([start, end]) => text.slice(start, end)));
	const next = seededRandom(seed);
	const articles: string[] = [];
	for (let i = 0; i < count; i++) {
		const day = 1 + Math.floor(next() * 28);
		const parts = [`date 2022-02-${String(day).padStart(2, '0')}`];
		let size = parts[0].length;
		while (size < approximateBytes) {
			const paragraph = paragraphs[Math.floor(next() * paragraphs.length)];
			parts.push(paragraph);
			size += paragraph.length + 2;
		}
		articles.push(parts.join('\n\n'));
	}
	return articles;
}

/** One text of about `bytes` UTF-16 units made of generated articles. */
export function generateCorpus(bytes: number, seed = 1): string {
	const articles = generateArticles(Math.ceil(bytes / 4000), 4000, seed);
	return articles.join('\n\n').slice(0, bytes);
}
