/** Sentence boundaries with a lookup by offset. */
import { sentenceRanges } from '../text';

/** The sentences of a text, found once, looked up by binary search. */
export class SentenceIndex {
	readonly #ranges: Array<[number, number]>;

	constructor(text: string) {
		this.#ranges = sentenceRanges(text);
	}

	/** Index of the sentence holding `position` (or the nearest one before it, between sentences); -1 before the first. */
	indexAt(position: number): number {
		let low = 0;
		let high = this.#ranges.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (this.#ranges[mid][0] <= position) low = mid + 1;
			else high = mid;
		}
		return low - 1;
	}

	/** The `[start, end)` of sentence `index`, or undefined past either end. */
	range(index: number): [number, number] | undefined {
		return this.#ranges[index];
	}
}
