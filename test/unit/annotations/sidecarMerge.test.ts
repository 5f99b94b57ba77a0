import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ArticleAnnotations } from '../../../src/annotations/articleAnnotations';
import { parseSidecar, serializeSidecar } from '../../../src/annotations/sidecarFormat';
import { ARTICLE, deterministicDeps, freshAnnotations } from './fixtures';

const TEXT = ARTICLE.repeat(4);

/** Three-way merge of sidecar texts with git's own merge-file; undefined when it conflicts. */
function gitMerge(base: string, ours: string, theirs: string): string | undefined {
	const folder = mkdtempSync(path.join(tmpdir(), 'sidecar-merge-'));
	try {
		const files = Object.entries({ ours, base, theirs }).map(([name, text]) => {
			writeFileSync(path.join(folder, name), text);
			return path.join(folder, name);
		});
		return execFileSync('git', ['merge-file', '-p', ...files], { encoding: 'utf8' });
	} catch {
		return undefined;
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

describe('sidecars in git', () => {
	it("merge two analysts' changes to one article without conflict", () => {
		const base = freshAnnotations(TEXT);
		for (let i = 0; i < 12; i++) base.tagClaim({ start: i * 100, end: i * 100 + 40, tag: 'claim' }, TEXT);
		const baseText = serializeSidecar(base.sidecar);
		const analyst = (newId: string) => new ArticleAnnotations(parseSidecar('a', baseText).sidecar, { ...deterministicDeps(), newId: () => newId });
		const first = analyst('c-first');
		first.setStatus('c-2', 'false');
		first.tagClaim({ start: 150, end: 180, tag: 'threat' }, TEXT);
		const second = analyst('c-second');
		second.setNote('c-10', 'Checked with the wire copy.');
		second.tagClaim({ start: 1150, end: 1170, tag: 'denial' }, TEXT);
		const merged = gitMerge(baseText, serializeSidecar(first.sidecar), serializeSidecar(second.sidecar));
		assert.ok(merged, 'git merges without conflict');
		const { sidecar } = parseSidecar('merged', merged);
		const byId = new Map(sidecar.claims.map((claim) => [claim.id, claim]));
		assert.equal(sidecar.claims.length, 14);
		assert.equal(byId.get('c-2')?.status, 'false');
		assert.equal(byId.get('c-10')?.note, 'Checked with the wire copy.');
		assert.ok(byId.has('c-first') && byId.has('c-second'));
	});
});
