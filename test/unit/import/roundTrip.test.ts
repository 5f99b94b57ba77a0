import * as assert from 'node:assert/strict';
import { emptySidecar } from '../../../src/annotations/sidecarFormat';
import { sidecarSchema, type Claim } from '../../../src/annotations/sidecarSchema';
import type { ArticleExport, ExportOutput } from '../../../src/export';
import { EXPORT_FORMATS, writeArticles } from '../../../src/export';
import { importClaims, parseBratAnnotations, parseW3cAnnotations } from '../../../src/import';
import { claimEssentials, emojiCyrillicArticle, sampleArticles } from '../export/exportFixtures';

const essentials = (claims: readonly Claim[]) => claims.map(claimEssentials).sort((a, b) => a.start - b.start || a.end - b.end);

function folderFiles(output: ExportOutput): Map<string, string> {
	assert.equal(output.kind, 'folder');
	return new Map(output.files.map((file) => [file.path, file.content]));
}

function documentOf(output: ExportOutput): string {
	assert.equal(output.kind, 'document');
	return output.content;
}

const articles = (): ArticleExport[] => [...sampleArticles(), emojiCyrillicArticle()];

describe('export then import gives back the same claims', () => {
	for (const article of articles()) {
		const original = article.sidecar?.claims ?? [];

		it(`brat: ${article.file}`, () => {
			const files = folderFiles(writeArticles(EXPORT_FORMATS.brat.writer, [article]));
			const [annName] = [...files.keys()].filter((name) => name.endsWith('.ann'));
			const txt = files.get(annName.replace(/\.ann$/, '.txt'));
			assert.equal(txt, article.text, 'the .txt is the article text');
			const parsed = parseBratAnnotations(files.get(annName) ?? '', article.text);
			const result = importClaims(emptySidecar(article.text), article.text, parsed.claims);
			assert.equal(result.orphaned, 0);
			assert.deepEqual(essentials(sidecarSchema.parse(result.sidecar).claims), essentials(original));
		});

		it(`W3C: ${article.file}`, () => {
			const content = documentOf(writeArticles(EXPORT_FORMATS.w3c.writer, [article]));
			const parsed = parseW3cAnnotations(content, article.text, article.file.split('/').pop() ?? '');
			const result = importClaims(emptySidecar(article.text), article.text, parsed.claims);
			assert.equal(result.orphaned, 0);
			assert.deepEqual(essentials(sidecarSchema.parse(result.sidecar).claims), essentials(original));
			assert.deepEqual(
				result.sidecar.claims.map(({ id, created, updated }) => ({ id, created, updated })).sort((a, b) => a.id.localeCompare(b.id)),
				original.map(({ id, created, updated }) => ({ id, created, updated })).sort((a, b) => a.id.localeCompare(b.id)),
				'ids and dates are kept',
			);
		});
	}

	it('W3C: a file of many articles imports only the chosen article, and the analysis annotations are skipped', () => {
		const all = articles();
		const content = documentOf(writeArticles(EXPORT_FORMATS.w3c.writer, all));
		const emoji = all[all.length - 1];
		const parsed = parseW3cAnnotations(content, emoji.text, 'москва 🇷🇺.txt');
		assert.deepEqual(parsed.claims.map((claim) => claim.id).sort(), (emoji.sidecar?.claims ?? []).map((claim) => claim.id).sort());
		assert.ok(parsed.skipped > 0);
	});

	it('importing the same file twice adds nothing the second time', () => {
		const article = emojiCyrillicArticle();
		const ann = [...folderFiles(writeArticles(EXPORT_FORMATS.brat.writer, [article]))].find(([name]) => name.endsWith('.ann'))?.[1] ?? '';
		const once = importClaims(emptySidecar(article.text), article.text, parseBratAnnotations(ann, article.text).claims);
		const twice = importClaims(once.sidecar, article.text, parseBratAnnotations(ann, article.text).claims);
		assert.equal(twice.duplicates, once.placed);
		assert.equal(twice.sidecar.claims.length, once.sidecar.claims.length);
	});
});
