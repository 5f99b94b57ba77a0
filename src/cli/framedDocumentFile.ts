import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import type { DocumentFrame } from '../export';

/**
 * Writes a framed document to a file as its articles' texts come, in article order whatever order they come
 * in: the file grows while the analysis goes on, instead of the whole document being joined and encoded at
 * the end. The file is created with the first article, so a run in which every file failed writes none.
 */
export class FramedDocumentFile {
	readonly #file: string;
	readonly #frame: DocumentFrame;
	/** Texts that came before those of earlier articles, by article index; `undefined` for a failed file. */
	readonly #waiting = new Map<number, string | undefined>();
	#next = 0;
	#descriptor: number | undefined;
	#texts = 0;

	constructor(file: string, frame: DocumentFrame) {
		this.#file = file;
		this.#frame = frame;
	}

	/** The text of article `index`, or `undefined` when that file could not be exported. */
	put(index: number, text: string | undefined): void {
		this.#waiting.set(index, text);
		while (this.#waiting.has(this.#next)) {
			const next = this.#waiting.get(this.#next);
			this.#waiting.delete(this.#next++);
			if (next !== undefined) this.#write(next);
		}
	}

	/** Ends the document (when any article was exported) and closes the file; returns whether it was written. */
	close(): boolean {
		if (this.#descriptor === undefined) return false;
		writeSync(this.#descriptor, this.#texts > 0 ? this.#frame.tail : this.#frame.empty);
		closeSync(this.#descriptor);
		return true;
	}

	#write(text: string): void {
		if (this.#descriptor === undefined) {
			mkdirSync(path.dirname(path.resolve(this.#file)), { recursive: true });
			this.#descriptor = openSync(this.#file, 'w');
		}
		if (text === '') return;
		writeSync(this.#descriptor, this.#texts++ === 0 ? this.#frame.head + text : this.#frame.separator + text);
	}
}
