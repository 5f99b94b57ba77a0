/** Timing helpers for the benchmarks: figures come from repeated runs, never from a single one. */

/** One printed and recorded benchmark figure. */
export interface Figure {
	name: string;
	value: number;
	unit: string;
	target?: string;
}

/** Median milliseconds of `run` over `repeats` runs, after `warmups` unmeasured ones. */
export function medianMs(run: () => unknown, repeats = 20, warmups = 3): number {
	for (let i = 0; i < warmups; i++) run();
	const times: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const start = process.hrtime.bigint();
		run();
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

/**
 * Throughput in MB/s (UTF-8 bytes) of `run` over `text`, best of `repeats` after `warmups` unmeasured runs
 * (V8 needs a few megabytes of text to optimise the analysis: before that, most code runs interpreted).
 */
export function megabytesPerSecond(text: string, run: (text: string) => unknown, repeats = 3, warmups = 0): number {
	const bytes = Buffer.byteLength(text, 'utf8');
	for (let i = 0; i < warmups; i++) run(text);
	let best = Infinity;
	for (let i = 0; i < repeats; i++) {
		const start = process.hrtime.bigint();
		run(text);
		best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
	}
	return bytes / 1024 / 1024 / best;
}

/** Heap growth in MB while `run` holds its result, after garbage collection where `--expose-gc` allows it. */
export function heapHeldMb<T>(run: () => T): { result: T; heapMb: number } {
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	const before = process.memoryUsage().heapUsed;
	const result = run();
	gc?.();
	return { result, heapMb: (process.memoryUsage().heapUsed - before) / 1024 / 1024 };
}

