import type { TextChange } from '../../../src/annotations/anchoring';
import { ArticleAnnotations, type AnnotationDeps } from '../../../src/annotations/articleAnnotations';
import { emptySidecar } from '../../../src/annotations/sidecarFormat';

/** A short article with a dateline, quotes and repeated phrases. */
export const ARTICLE = [
	'date 2022-01-28 Moscow warns of consequences',
	'',
	'The Russian Foreign Minister Sergei Lavrov said: "We will not allow our interests to be ignored." Russia denies planning an invasion.',
	'',
	'Joe Biden said the offensive could come within weeks. "We are ready to respond decisively," he added. Russia denies planning an invasion.',
	'',
].join('\n');

/** Deterministic ids (`c-1`, `c-2`, …) and a clock that ticks one second per call. */
export function deterministicDeps(): Required<AnnotationDeps> {
	let id = 0;
	let seconds = 0;
	return {
		newId: () => `c-${++id}`,
		now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds++)),
	};
}

/** Annotations of `text` with no claims yet, deterministic ids and clock. */
export function freshAnnotations(text = ARTICLE): ArticleAnnotations {
	return new ArticleAnnotations(emptySidecar(text), deterministicDeps());
}

/** The offsets of the `occurrence`-th (0-based) occurrence of `phrase` in `text`. */
export function rangeOf(text: string, phrase: string, occurrence = 0): { start: number; end: number } {
	let start = -1;
	for (let seen = 0; seen <= occurrence; seen++) {
		start = text.indexOf(phrase, start + 1);
		if (start < 0) throw new Error(`"${phrase}" occurs fewer than ${occurrence + 1} times`);
	}
	return { start, end: start + phrase.length };
}

/** Applies changes in order, each relative to the text the previous one left. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
	for (const { offset, deletedLength, insertedText } of changes) {
		text = text.slice(0, offset) + insertedText + text.slice(offset + deletedLength);
	}
	return text;
}
