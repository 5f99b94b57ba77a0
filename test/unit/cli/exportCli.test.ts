import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { serializeSidecar } from '../../../src/annotations/sidecarFormat';
import { jsonExportSchema } from '../../../src/export/json/jsonExportSchema';
import { claimOn, sidecarWith } from '../export/exportFixtures';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist/cli.js');

function run(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, 'export', ...args], { encoding: 'utf8', cwd: root });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line: export', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'article-annotator-export-cli-'));
	after(() => rmSync(folder, { recursive: true, force: true }));
	const samples = readdirSync(path.join(root, 'samples')).filter((name) => name.endsWith('.txt')).sort();
	const articles = samples.map((name) => {
		const file = path.join(folder, name);
		copyFileSync(path.join(root, 'samples', name), file);
		return file;
	});
	const text = readFileSync(articles[0], 'utf8');
	const claim = claimOn(text, 'Moscow does not want war', { status: 'false', speaker: 'Serghei Lavrov', note: 'see the readout' });
	writeFileSync(`${articles[0]}.annotations.json`, serializeSidecar(sidecarWith(text, [claim])));

	it('writes JSON with the sidecar claims of the files that have one', () => {
		const out = path.join(folder, 'out', 'export.json');
		const { code, stderr } = run('--format', 'json', '--out', out, ...articles);
		assert.equal(code, 0, stderr);
		const document = jsonExportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
		assert.deepEqual(document.articles.map((article) => article.claims.length), [1, 0, 0, 0, 0]);
		assert.deepEqual(document.articles.map((article) => article.hasSidecar), [true, false, false, false, false]);
		assert.equal(stderr, '', 'no progress for a few files');
	});

	it('writes a brat folder, and a document to stdout with --out -', () => {
		const out = path.join(folder, 'brat');
		assert.equal(run('--format', 'brat', '--out', out, ...articles).code, 0);
		assert.deepEqual(readdirSync(out).filter((name) => name.endsWith('.ann')).length, articles.length);
		assert.ok(readdirSync(out).includes('annotation.conf'));
		const review = run('--format', 'claimreview', '--out', '-', articles[0]);
		assert.equal(review.code, 0);
		assert.equal(JSON.parse(review.stdout)['@graph'][0].reviewRating.alternateName, 'False');
	});

	it('writes a byte-order mark in CSV only with --bom', () => {
		assert.ok(run('--format', 'csv', '--out', '-', '--bom', articles[0]).stdout.startsWith('\ufefffile,'));
		assert.ok(run('--format', 'csv', '--out', '-', articles[0]).stdout.startsWith('file,'));
	});

	it('reports files it cannot export, exports the others, and exits 1', () => {
		const broken = path.join(folder, 'broken.txt');
		writeFileSync(broken, 'Some text.');
		writeFileSync(`${broken}.annotations.json`, '{"version": 1, "claims": "no"}');
		const out = path.join(folder, 'partial.json');
		const { code, stderr } = run('--format', 'json', '--out', out, path.join(folder, 'missing.txt'), broken, articles[1]);
		assert.equal(code, 1);
		assert.match(stderr, /missing\.txt: no such file/);
		assert.match(stderr, /broken\.txt\.annotations\.json: /);
		assert.equal(JSON.parse(readFileSync(out, 'utf8')).articles.length, 1);
	});

	it('rejects bad usage with exit code 2', () => {
		assert.equal(run('--format', 'docx', '--out', 'x', articles[0]).code, 2);
		assert.match(run('--format', 'docx', '--out', 'x', articles[0]).stderr, /--format must be one of json, csv, markdown, w3c, brat, claimreview/);
		assert.equal(run('--format', 'json', articles[0]).code, 2);
		assert.equal(run('--format', 'json', '--out', 'x').code, 2);
		assert.equal(run('--format', 'brat', '--out', '-', articles[0]).code, 2);
		assert.match(run('--format', 'json', '--out', folder, articles[0]).stderr, /is a folder, but this format writes one file/);
		assert.match(run('--format', 'brat', '--out', articles[1], articles[0]).stderr, /is a file, but this format writes a folder/);
		assert.equal(run('--format', 'json', '--out', '-', '--reference-date', '2022-02-30', articles[0]).code, 2);
	});

	it('shows progress and a summary on stderr for many files, read in parallel and kept in order', () => {
		const many = Array.from({ length: 40 }, (_, index) => articles[index % articles.length]);
		const out = path.join(folder, 'many.json');
		const { code, stderr } = run('--format', 'json', '--out', out, ...many);
		assert.equal(code, 0, stderr);
		assert.match(stderr, /20\/40 articles read and analysed/);
		assert.match(stderr, /exported 40 of 40 articles \([\d.]+ MB\) as json to .* in [\d.]+ s \([\d.]+ MB\/s\)/);
		const document = jsonExportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
		assert.deepEqual(document.articles.map((article) => article.file), many.map((file) => file.split(path.sep).join('/')));
		assert.deepEqual(document.articles[5], document.articles[0], 'the same file gives the same export on any worker');
	});
});
