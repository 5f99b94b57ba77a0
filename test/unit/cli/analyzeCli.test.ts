import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist/cli.js');
const sample = path.join(root, 'samples/000_3bd8f084f7e71b1a.txt');

function run(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line: analyze', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'article-annotator-cli-'));
	after(() => rmSync(folder, { recursive: true, force: true }));

	it('prints one JSON document with the dateline as reference date', () => {
		const { code, stdout } = run('analyze', sample);
		assert.equal(code, 0);
		const [article] = JSON.parse(stdout).articles;
		assert.equal(article.file, sample);
		assert.equal(article.referenceDate, '2022-01-28');
		for (const key of ['actors', 'quotes', 'dates']) assert.ok(Array.isArray(article[key]), key);
	});

	it('reports an unreadable or binary file and still analyses the others', () => {
		const binary = path.join(folder, 'image.txt');
		writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
		const { code, stdout } = run('analyze', path.join(folder, 'missing.txt'), binary, sample);
		assert.equal(code, 0);
		const articles = JSON.parse(stdout).articles;
		assert.match(articles[0].error, /no such file/);
		assert.match(articles[1].error, /not a text file/);
		assert.ok(Array.isArray(articles[2].actors));
	});

	it('exits non-zero when no file could be analysed', () => {
		const { code, stdout } = run('analyze', path.join(folder, 'missing.txt'));
		assert.equal(code, 1);
		assert.equal(JSON.parse(stdout).articles.length, 1);
	});

	it('uses --reference-date for an article without a dateline, and rejects a bad one', () => {
		const undated = path.join(folder, 'undated.txt');
		writeFileSync(undated, 'Lavrov spoke in Moscow on Friday.');
		assert.equal(JSON.parse(run('analyze', '--reference-date', '2022-02-01', undated).stdout).articles[0].referenceDate, '2022-02-01');
		const bad = run('analyze', '--reference-date', '2022-13-01', undated);
		assert.equal(bad.code, 2);
		assert.match(bad.stderr, /YYYY-MM-DD/);
	});

	it('names the file and field of an invalid registry', () => {
		const registry = path.join(folder, 'actors.json');
		writeFileSync(registry, JSON.stringify({ version: 1, actors: [{ name: 'Lavrov', kind: 'robot' }] }));
		const { code, stderr } = run('analyze', '--registry', registry, sample);
		assert.equal(code, 2);
		assert.ok(stderr.includes(registry) && stderr.includes('actors.0.kind'), stderr);
	});

	it('documents itself with --help', () => {
		const { code, stdout } = run('analyze', '--help');
		assert.equal(code, 0);
		assert.match(stdout, /--reference-date/);
		assert.match(stdout, /--registry/);
	});
});
