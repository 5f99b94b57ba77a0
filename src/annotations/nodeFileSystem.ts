/** The sidecar store's file operations on the local disk (Node's fs), with the flushes atomic writes need. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { SidecarFileSystem } from './sidecarStore';

/** Local-disk file operations: writes are flushed before they resolve, renames flush their folder where the OS allows. */
export const nodeFileSystem: SidecarFileSystem = {
	async readFile(file) {
		try {
			return await fs.readFile(file, 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
			throw error;
		}
	},
	async writeFile(file, text) {
		await fs.mkdir(path.dirname(file), { recursive: true });
		const handle = await fs.open(file, 'w');
		try {
			await handle.writeFile(text, 'utf8');
			await handle.sync();
		} finally {
			await handle.close();
		}
	},
	async rename(from, to) {
		await fs.rename(from, to);
		await syncFolder(path.dirname(to));
	},
	async unlink(file) {
		await fs.unlink(file);
	},
};

/** Flushes a folder's entries so a rename survives a power cut; not supported on every platform, hence best effort. */
async function syncFolder(folder: string): Promise<void> {
	const handle = await fs.open(folder, 'r').catch(() => undefined);
	if (!handle) return;
	try {
		await handle.sync();
	} catch {
		// Windows cannot flush a folder handle; the rename itself is still atomic there.
	} finally {
		await handle.close();
	}
}
