import { countBelow, firstIndex } from '../shared/sortedSearch';

/**
 * Converts offsets between UTF-16 code units (JavaScript strings, VS Code, the analysis) and Unicode code
 * points (brat standoff, W3C selectors). Texts without astral characters convert as the identity.
 */
export class CodePointOffsets {
	/** UTF-16 offsets of the high surrogate of each astral character, ascending. */
	readonly #pairStarts: number[] = [];

	constructor(text: string) {
		for (let index = text.search(/[\uD800-\uDBFF][\uDC00-\uDFFF]/); index >= 0 && index < text.length - 1; index++) {
			const code = text.charCodeAt(index);
			if (code >= 0xd800 && code <= 0xdbff) {
				const next = text.charCodeAt(index + 1);
				if (next >= 0xdc00 && next <= 0xdfff) this.#pairStarts.push(index++);
			}
		}
	}

	/** The code point offset of a UTF-16 offset (an offset inside a pair counts as after it). */
	toCodePoint(utf16: number): number {
		return utf16 - countBelow(this.#pairStarts, utf16 - 1);
	}

	/** The UTF-16 offset of a code point offset: the pairs wholly before it are the first k with pairStarts[k] - k >= codePoint. */
	toUtf16(codePoint: number): number {
		return codePoint + firstIndex(this.#pairStarts.length, (k) => this.#pairStarts[k] - k >= codePoint);
	}
}
