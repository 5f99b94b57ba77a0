/** Loading and saving sidecars safely: atomic writes, no overwriting of invalid, newer or changed files. */
import * as path from 'node:path';
import { ValidationError } from '../shared/validation';
import { parseSidecar, serializeSidecar } from './sidecarFormat';
import type { Sidecar } from './sidecarSchema';

/** The few file operations the store needs, so tests can inject faults. Paths are file-system paths. */
export interface SidecarFileSystem {
	/** The file's text, or undefined when it does not exist. */
	readFile(file: string): Promise<string | undefined>;
	/** Writes the whole file and flushes it to disk (fsync) before resolving. */
	writeFile(file: string, text: string): Promise<void>;
	/** Replaces `to` with `from` in one step. */
	rename(from: string, to: string): Promise<void>;
	unlink(file: string): Promise<void>;
}

/** What loading a sidecar found. */
export type SidecarLoad =
	| { kind: 'missing' }
	| { kind: 'loaded'; sidecar: Sidecar; readOnly: boolean }
	| { kind: 'invalid'; error: ValidationError };

/** What saving a sidecar did. */
export type SidecarSave =
	| { kind: 'saved' }
	/** The file changed on disk since it was last read or written: nothing was written; load it again, then retry. */
	| { kind: 'changedOnDisk'; current: SidecarLoad }
	/** The file on disk failed validation or has a newer version: it is never overwritten. */
	| { kind: 'refused'; reason: 'invalid' | 'newerVersion' };

/** Why a temporary file is unique: the process and a counter. */
let temporaryCounter = 0;

/** The temporary file a sidecar is written to before it replaces the sidecar: same folder, hidden. */
export function temporaryPathFor(sidecarPath: string): string {
	return path.join(path.dirname(sidecarPath), `.${path.basename(sidecarPath)}.${process.pid}-${++temporaryCounter}.tmp`);
}

/**
 * Reads and writes sidecars. It remembers the text each sidecar had when last read or written, so a save
 * never clobbers a change made on disk since (a git pull, another window): the caller reloads instead.
 */
export class SidecarStore {
	/** The text last read or written per path; undefined when the file did not exist. */
	readonly #known = new Map<string, string | undefined>();
	readonly #fs: SidecarFileSystem;

	constructor(fs: SidecarFileSystem) {
		this.#fs = fs;
	}

	/** Reads and validates the sidecar at `file`, and remembers what was there. */
	async load(file: string): Promise<SidecarLoad> {
		const text = await this.#fs.readFile(file);
		this.#known.set(file, text);
		return interpret(file, text);
	}

	/** True when the file on disk differs from what was last read or written (or was never read). */
	async changedOnDisk(file: string): Promise<boolean> {
		return !this.#known.has(file) || (await this.#fs.readFile(file)) !== this.#known.get(file);
	}

	/**
	 * Writes `sidecar` to `file` atomically: a temporary file in the same folder, flushed, then renamed over
	 * the old one, so a crash at any step leaves the old file or the new one. Writes nothing when the file
	 * changed on disk since last read, fails validation, or has a newer version.
	 */
	async save(file: string, sidecar: Sidecar): Promise<SidecarSave> {
		const onDisk = await this.#fs.readFile(file);
		if (!this.#known.has(file) || onDisk !== this.#known.get(file)) {
			return { kind: 'changedOnDisk', current: interpret(file, onDisk) };
		}
		const current = interpret(file, onDisk);
		if (current.kind === 'invalid') return { kind: 'refused', reason: 'invalid' };
		if (current.kind === 'loaded' && current.readOnly) return { kind: 'refused', reason: 'newerVersion' };
		const text = serializeSidecar(sidecar);
		if (text === onDisk) return { kind: 'saved' };
		await this.#writeAtomically(file, text);
		this.#known.set(file, text);
		return { kind: 'saved' };
	}

	/** Forgets what was known of `file` (after it moved or the article closed). */
	forget(file: string): void {
		this.#known.delete(file);
	}

	async #writeAtomically(file: string, text: string): Promise<void> {
		const temporary = temporaryPathFor(file);
		try {
			await this.#fs.writeFile(temporary, text);
			await this.#fs.rename(temporary, file);
		} catch (error) {
			await this.#fs.unlink(temporary).catch(() => undefined);
			throw error;
		}
	}
}

function interpret(file: string, text: string | undefined): SidecarLoad {
	if (text === undefined) return { kind: 'missing' };
	try {
		return { kind: 'loaded', ...parseSidecar(file, text) };
	} catch (error) {
		if (error instanceof ValidationError) return { kind: 'invalid', error };
		throw error;
	}
}
