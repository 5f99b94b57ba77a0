import type { SidecarFileSystem } from '../../../src/annotations/sidecarStore';

/** The store's operations, named for fault injection. */
export type FileOperation = 'readFile' | 'writeFile' | 'rename' | 'unlink';

/** Thrown by an injected fault: the "process" stops at that step. */
export class SimulatedCrash extends Error {}

/**
 * An in-memory file system for the store. `crashAt` makes the n-th call of an operation fail; a crashing
 * `writeFile` first leaves half of its text behind, as a torn write would.
 */
export class MemoryFileSystem implements SidecarFileSystem {
	readonly files = new Map<string, string>();
	readonly calls: Array<{ operation: FileOperation; file: string }> = [];
	#fault?: { operation: FileOperation; remaining: number };

	crashAt(operation: FileOperation, occurrence = 1): void {
		this.#fault = { operation, remaining: occurrence };
	}

	/** Removes a fault that has not struck yet. */
	clearFault(): void {
		this.#fault = undefined;
	}

	async readFile(file: string): Promise<string | undefined> {
		this.#step('readFile', file);
		return this.files.get(file);
	}

	async writeFile(file: string, text: string): Promise<void> {
		if (this.#crashes('writeFile', file)) {
			this.files.set(file, text.slice(0, text.length >> 1));
			throw new SimulatedCrash(`crash while writing ${file}`);
		}
		this.files.set(file, text);
	}

	async rename(from: string, to: string): Promise<void> {
		this.#step('rename', from);
		const text = this.files.get(from);
		if (text === undefined) throw new Error(`ENOENT ${from}`);
		this.files.set(to, text);
		this.files.delete(from);
	}

	async unlink(file: string): Promise<void> {
		this.#step('unlink', file);
		this.files.delete(file);
	}

	#step(operation: FileOperation, file: string): void {
		if (this.#crashes(operation, file)) throw new SimulatedCrash(`crash at ${operation} ${file}`);
	}

	#crashes(operation: FileOperation, file: string): boolean {
		this.calls.push({ operation, file });
		if (this.#fault?.operation !== operation) return false;
		return --this.#fault.remaining === 0;
	}
}
