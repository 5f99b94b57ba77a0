/** Sentence boundaries with a lookup by offset. */
import { sentenceRanges } from '../text';
import { firstIndex } from '../../shared/sortedSearch';

/** The sentences of a text, found once, looked up by binary search. */
export class SentenceIndex {
	readonly #ranges: Array<[number, number]>;

	constructor(text: string) {
		this.#ranges = sentenceRanges(text);
	}

	/** Index of the sentence holding `position` (or the nearest one before it, between sentences); -1 before the first. */
	indexAt(position: number): number {
		return firstIndex(this.#ranges.length, (i) => this.#ranges[i][0] > position) - 1;
	}

	/** The `[start, end)` of sentence `index`, or undefined past either end. */
	range(index: number): [number, number] | undefined {
		return this.#ranges[index];
	}
}
