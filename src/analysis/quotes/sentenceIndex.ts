/** Sentence boundaries with a lookup by offset. */
import { sentenceRanges } from '../text';
import { countBelow } from '../../shared/sortedSearch';

/** The sentences of a text, found once, looked up by binary search. */
export class SentenceIndex {
	readonly #ranges: Array<[number, number]>;
	/** Sentence starts, ascending: searched without reading through the ranges. */
	readonly #starts: number[];

	constructor(text: string) {
		this.#ranges = sentenceRanges(text);
		this.#starts = this.#ranges.map((range) => range[0]);
	}

	/** Index of the sentence holding `position` (or the nearest one before it, between sentences); -1 before the first. */
	indexAt(position: number): number {
		return countBelow(this.#starts, position + 1) - 1;
	}

	/** The `[start, end)` of sentence `index`, or undefined past either end. */
	range(index: number): [number, number] | undefined {
		return this.#ranges[index];
	}
}
