/**
 * Runs `run` on the indexes 0 … count - 1, at most `lanes` at once: each lane takes the next index when its
 * last run is done, so a caller that feeds a pool of threads keeps it busy without taking everything at once.
 * No new index is taken once `stop` says so.
 */
export async function inLanes(count: number, lanes: number, run: (index: number) => Promise<void>, stop?: () => boolean): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < count && !stop?.()) await run(next++);
	};
	await Promise.all(Array.from({ length: Math.min(count, lanes) }, lane));
}
