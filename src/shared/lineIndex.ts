import { countBelow } from './sortedSearch';

/** Finds the line and column of an offset; built once per text. Lines end at `\n`, `\r\n` or a lone `\r`. */
export class LineIndex {
	readonly #lineStarts = [0];

	constructor(text: string) {
		for (let index = 0; index < text.length; index++) {
			const code = text.charCodeAt(index);
			if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) this.#lineStarts.push(index + 1);
		}
	}

	/** The 1-based line of an offset. */
	lineOf(offset: number): number {
		return countBelow(this.#lineStarts, offset + 1);
	}

	/** The 0-based column of an offset within its line. */
	columnOf(offset: number): number {
		return offset - this.#lineStarts[this.lineOf(offset) - 1];
	}
}
