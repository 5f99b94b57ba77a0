import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { serializeSidecar } from '../../../src/annotations/sidecarFormat';
import { SIDECAR_VERSION, type Sidecar } from '../../../src/annotations/sidecarSchema';
import { SidecarStore } from '../../../src/annotations/sidecarStore';
import { ARTICLE, freshAnnotations, rangeOf } from './fixtures';
import { MemoryFileSystem, SimulatedCrash, type FileOperation } from './memoryFileSystem';

const FILE = 'news/lavrov.txt.annotations.json';

function sidecarWith(tags: string[]): Sidecar {
	const annotations = freshAnnotations();
	for (const tag of tags) annotations.tagClaim({ ...rangeOf(ARTICLE, 'Russia denies planning an invasion.'), tag }, ARTICLE);
	return annotations.sidecar;
}

describe('sidecar store', () => {
	it('writes a new sidecar through a temporary file in the same folder, and reads it back', async () => {
		const fs = new MemoryFileSystem();
		const store = new SidecarStore(fs);
		assert.deepEqual(await store.load(FILE), { kind: 'missing' });
		assert.deepEqual(await store.save(FILE, sidecarWith(['claim'])), { kind: 'saved' });
		const rename = fs.calls.find((call) => call.operation === 'rename');
		assert.match(rename?.file ?? '', /^news\/\.lavrov\.txt\.annotations\.json\..+\.tmp$/);
		assert.deepEqual([...fs.files.keys()], [FILE]);
		const loaded = await new SidecarStore(fs).load(FILE);
		assert.equal(loaded.kind, 'loaded');
		assert.deepEqual(loaded.kind === 'loaded' && loaded.sidecar, sidecarWith(['claim']));
	});

	it('does not save over a sidecar it never read', async () => {
		const fs = new MemoryFileSystem();
		fs.files.set(FILE, serializeSidecar(sidecarWith(['threat'])));
		const result = await new SidecarStore(fs).save(FILE, sidecarWith(['claim']));
		assert.equal(result.kind, 'changedOnDisk');
	});

	it('reports a change made on disk since it was read, and leaves it in place until reloaded', async () => {
		const fs = new MemoryFileSystem();
		const store = new SidecarStore(fs);
		await store.load(FILE);
		await store.save(FILE, sidecarWith(['claim']));
		const pulled = serializeSidecar(sidecarWith(['claim', 'threat']));
		fs.files.set(FILE, pulled);
		assert.equal(await store.changedOnDisk(FILE), true);
		const result = await store.save(FILE, sidecarWith(['demand']));
		assert.equal(result.kind, 'changedOnDisk');
		assert.equal(result.kind === 'changedOnDisk' && result.current.kind, 'loaded');
		assert.equal(fs.files.get(FILE), pulled);
		assert.equal((await store.save(FILE, sidecarWith(['demand']))).kind, 'changedOnDisk', 'still stale until loaded');
		await store.load(FILE);
		assert.deepEqual(await store.save(FILE, sidecarWith(['demand'])), { kind: 'saved' });
	});

	it('never overwrites a sidecar that failed validation', async () => {
		const fs = new MemoryFileSystem();
		const corrupt = '{ "version": 1, "claims": [ {"id": ';
		fs.files.set(FILE, corrupt);
		const store = new SidecarStore(fs);
		const loaded = await store.load(FILE);
		assert.equal(loaded.kind, 'invalid');
		assert.deepEqual(await store.save(FILE, sidecarWith(['claim'])), { kind: 'refused', reason: 'invalid' });
		assert.equal(fs.files.get(FILE), corrupt);
	});

	it('never overwrites a sidecar of a newer version', async () => {
		const fs = new MemoryFileSystem();
		const newer = serializeSidecar({ ...sidecarWith(['claim']), version: SIDECAR_VERSION + 1 });
		fs.files.set(FILE, newer);
		const store = new SidecarStore(fs);
		const loaded = await store.load(FILE);
		assert.ok(loaded.kind === 'loaded' && loaded.readOnly);
		assert.deepEqual(await store.save(FILE, sidecarWith(['threat'])), { kind: 'refused', reason: 'newerVersion' });
		assert.equal(fs.files.get(FILE), newer);
	});

	describe('a crash at any step of a write', () => {
		const steps: Array<[FileOperation, number]> = [
			['readFile', 1],
			['writeFile', 1],
			['rename', 1],
		];
		for (const [operation, occurrence] of steps) {
			it(`leaves the old file or the new one when it happens at ${operation}`, async () => {
				const fs = new MemoryFileSystem();
				const store = new SidecarStore(fs);
				await store.load(FILE);
				await store.save(FILE, sidecarWith(['claim']));
				const oldText = fs.files.get(FILE);
				const next = sidecarWith(['claim', 'threat']);
				fs.crashAt(operation, occurrence);
				await assert.rejects(store.save(FILE, next), SimulatedCrash);
				assert.ok([oldText, serializeSidecar(next)].includes(fs.files.get(FILE)));
				assert.equal((await new SidecarStore(fs).load(FILE)).kind, 'loaded');
			});
		}

		it('leaves a whole, valid sidecar through any sequence of saves and crashes (property)', async () => {
			const operations: FileOperation[] = ['readFile', 'writeFile', 'rename', 'unlink'];
			await fc.assert(
				fc.asyncProperty(fc.array(fc.option(fc.constantFrom(...operations), { nil: undefined }), { minLength: 1, maxLength: 12 }), async (faults) => {
					const fs = new MemoryFileSystem();
					const store = new SidecarStore(fs);
					await store.load(FILE);
					const written = new Set<string | undefined>([undefined]);
					for (const [round, fault] of faults.entries()) {
						const next = sidecarWith(Array.from({ length: round + 1 }, (_, i) => `tag${i}`));
						if (fault) fs.crashAt(fault);
						written.add(serializeSidecar(next));
						await store.save(FILE, next).catch((error) => assert.ok(error instanceof SimulatedCrash));
						fs.clearFault();
						assert.ok(written.has(fs.files.get(FILE)), 'the sidecar is one of the versions saved, whole');
						if (fs.files.has(FILE)) assert.equal((await new SidecarStore(fs).load(FILE)).kind, 'loaded');
						await store.load(FILE);
					}
				}),
				{ numRuns: 100 },
			);
		});

		it('cleans up the temporary file when the rename fails, and a later save succeeds', async () => {
			const fs = new MemoryFileSystem();
			const store = new SidecarStore(fs);
			await store.load(FILE);
			fs.crashAt('rename');
			await assert.rejects(store.save(FILE, sidecarWith(['claim'])), SimulatedCrash);
			assert.deepEqual([...fs.files.keys()], []);
			assert.deepEqual(await store.save(FILE, sidecarWith(['claim'])), { kind: 'saved' });
		});

		it('keeps the old file when the process dies before the cleanup', async () => {
			const fs = new MemoryFileSystem();
			const store = new SidecarStore(fs);
			await store.load(FILE);
			await store.save(FILE, sidecarWith(['claim']));
			const oldText = fs.files.get(FILE);
			fs.crashAt('writeFile');
			const unlink = fs.unlink.bind(fs);
			fs.unlink = async () => {
				throw new SimulatedCrash('died');
			};
			await assert.rejects(store.save(FILE, sidecarWith(['threat'])), SimulatedCrash);
			fs.unlink = unlink;
			assert.equal(fs.files.get(FILE), oldText);
			assert.equal([...fs.files.keys()].filter((file) => file.endsWith('.tmp')).length, 1, 'a torn temporary file, ignored');
		});
	});
});

describe('sidecar store on the local disk', () => {
	it('writes, flushes and renames into a folder it creates', async () => {
		const { mkdtemp, readdir, rm } = await import('node:fs/promises');
		const { tmpdir } = await import('node:os');
		const path = await import('node:path');
		const { nodeFileSystem } = await import('../../../src/annotations/nodeFileSystem');
		const folder = await mkdtemp(path.join(tmpdir(), 'sidecar-'));
		try {
			const file = path.join(folder, 'mirror', 'a.txt.annotations.json');
			const store = new SidecarStore(nodeFileSystem);
			await store.load(file);
			assert.deepEqual(await store.save(file, sidecarWith(['claim'])), { kind: 'saved' });
			assert.deepEqual(await readdir(path.join(folder, 'mirror')), ['a.txt.annotations.json']);
			assert.equal((await new SidecarStore(nodeFileSystem).load(file)).kind, 'loaded');
		} finally {
			await rm(folder, { recursive: true, force: true });
		}
	});
});
