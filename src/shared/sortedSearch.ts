/** Binary search over sorted sequences. */

/** The first index in `[0, length)` where `reached(index)` holds, given it holds from some index on; `length` when never. */
export function firstIndex(length: number, reached: (index: number) => boolean): number {
	let low = 0;
	let high = length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (reached(mid)) high = mid;
		else low = mid + 1;
	}
	return low;
}

/** How many of the ascending `sorted` values are below `limit`. */
export function countBelow(sorted: readonly number[], limit: number): number {
	return firstIndex(sorted.length, (index) => sorted[index] >= limit);
}
