import { readFileSync } from 'node:fs';

/** Strict: invalid UTF-8 throws rather than becoming replacement characters. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads an article as UTF-8 text; throws a clear message when it cannot be read or is not text. Synchronous:
 * for many small files, the promise API's open/stat/read/close round trips through the thread pool cost more
 * than the reads.
 */
export function readArticleFile(file: string): string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? (error as Error).message})`);
	}
	if (bytes.includes(0)) throw new Error('not a text file (it contains NUL bytes)');
	try {
		return utf8.decode(bytes);
	} catch {
		throw new Error('not a text file (it is not valid UTF-8)');
	}
}
