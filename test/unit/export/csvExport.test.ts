import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, exportCsv, neutraliseFormula } from '../../../src/export/csv/csvExport';
import { hostileArticle } from './hostileArticle';
import { sampleArticles } from './exportFixtures';

function csvOf(output: ReturnType<typeof exportCsv>): string {
	assert.equal(output.kind, 'document');
	return output.content;
}

describe('CSV export', () => {
	it('neutralises cells a spreadsheet would run as formulas', () => {
		for (const cell of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) assert.equal(neutraliseFormula(cell), `'${cell}`);
		for (const cell of ['1+1', 'a=b', '', 'Lavrov']) assert.equal(neutraliseFormula(cell), cell);
	});

	it('keeps commas, quote marks and line breaks inside their cells (RFC 4180) and defuses formulas', () => {
		const article = hostileArticle();
		const content = csvOf(exportCsv([article]));
		const rows: string[][] = parse(content, { bom: true, relax_column_count: false });
		assert.deepEqual(rows[0], [...CSV_COLUMNS]);
		const claimRows = rows.slice(1).filter((row) => row[1] === 'claim');
		const claims = article.sidecar?.claims ?? [];
		assert.equal(claimRows.length, claims.length);
		for (const claim of claims) {
			const row = claimRows.find((candidate) => Number(candidate[3]) === claim.target.start && Number(candidate[4]) === claim.target.end);
			assert.ok(row, `a row for ${claim.id}`);
			assert.equal(row[0], `'=evil,name "x".txt`);
			assert.equal(row[2], neutraliseFormula(claim.target.exact));
			assert.equal(row[6], claim.speaker ? `'${claim.speaker}` : '');
			assert.equal(row[7], neutraliseFormula(claim.tag));
			assert.equal(row[10], neutraliseFormula(claim.note));
		}
		for (const row of rows.slice(1)) {
			for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `cell ${JSON.stringify(cell)}`);
		}
	});

	it('ends records with CRLF and writes a byte-order mark only when asked', () => {
		const [article] = sampleArticles();
		const plain = csvOf(exportCsv([article]));
		assert.ok(plain.startsWith('file,kind,'));
		assert.ok(plain.split('\r\n').length > 2);
		assert.ok(csvOf(exportCsv([article], { byteOrderMark: true })).startsWith('\ufefffile,kind,'));
	});

	it('has a row per annotation of every sample, with 1-based lines', () => {
		const articles = sampleArticles();
		const rows: string[][] = parse(csvOf(exportCsv(articles)), { columns: false });
		let expected = 0;
		for (const { analysis, sidecar } of articles) {
			expected += analysis.actors.reduce((sum, actor) => sum + actor.mentions.length, 0) + analysis.quotes.length + analysis.dates.length + (sidecar?.claims.length ?? 0);
		}
		assert.equal(rows.length - 1, expected);
		const text = articles[0].text;
		for (const row of rows.slice(1).filter((candidate) => candidate[0] === articles[0].file)) {
			assert.equal(Number(row[5]), text.slice(0, Number(row[3])).split('\n').length);
		}
	});
});
