import { readFile } from 'node:fs/promises';

/** Reads an article as UTF-8 text; rejects with a clear message when it cannot be read or is not text. */
export async function readArticleFile(file: string): Promise<string> {
	let bytes: Buffer;
	try {
		bytes = await readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? (error as Error).message})`);
	}
	if (bytes.includes(0)) throw new Error('not a text file (it contains NUL bytes)');
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new Error('not a text file (it is not valid UTF-8)');
	}
}
