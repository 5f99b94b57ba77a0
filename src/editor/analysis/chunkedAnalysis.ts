/**
 * Analysis of very large articles in chunks of paragraphs, so an edit re-analyses only its own chunk.
 * Imports nothing from `vscode`.
 *
 * Chunk boundaries depend only on the paragraphs around them (a paragraph whose hash is a multiple of
 * `BOUNDARY_MODULUS` ends a chunk), so an edit changes the chunk it falls in and leaves the others'
 * text, and their cached analyses, as they were. The merged result approximates a whole-text analysis:
 * actors are joined by id, and a one-word actor ("Lavrov") joins the one longer actor of that kind whose
 * name ends with it; a pronoun at the start of a chunk cannot reach a speaker in the previous chunk.
 */
import { analyzeArticle, readDateline, type Actor, type AnalyzeOptions, type ArticleAnalysis } from '../../analysis';
import { paragraphRanges } from '../../analysis/text';

/** Texts longer than this (UTF-16 units) are analysed in chunks. */
export const CHUNKED_ANALYSIS_THRESHOLD = 256 * 1024;

/** About one paragraph in this many ends a chunk. */
const BOUNDARY_MODULUS = 32;

/** A chunk of the text: whole paragraphs, from `start` to the start of the next chunk. */
export interface TextChunk {
	start: number;
	text: string;
}

/** Splits the text into chunks of whole paragraphs whose boundaries depend only on nearby text. */
export function chunkText(text: string): TextChunk[] {
	const chunks: TextChunk[] = [];
	let start = 0;
	for (const [paragraphStart, paragraphEnd] of paragraphRanges(text)) {
		if (paragraphStart > start && endsChunk(text, paragraphStart, paragraphEnd)) {
			chunks.push({ start, text: text.slice(start, paragraphStart) });
			start = paragraphStart;
		}
	}
	chunks.push({ start, text: text.slice(start) });
	return chunks;
}

/** True when the paragraph at `paragraphStart` begins a new chunk: decided by its first 64 characters alone. */
function endsChunk(text: string, paragraphStart: number, paragraphEnd: number): boolean {
	let hash = 0x811c9dc5;
	for (let i = paragraphStart; i < Math.min(paragraphEnd, paragraphStart + 64); i++) {
		hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	}
	return (hash >>> 0) % BOUNDARY_MODULUS === 0;
}

/** Analyses of chunk texts, reused while the chunk's text and the options stay the same. */
export class ChunkedAnalyzer {
	#cache = new Map<string, ArticleAnalysis>();
	#reanalysed = 0;

	/** How many chunks the last call analysed (the others came from the previous call). */
	get reanalysedChunks(): number {
		return this.#reanalysed;
	}

	/**
	 * Analyses the chunks of the text not yet cached, one at a time, yielding to the event loop between
	 * them, so a later `analyze` of the same text only merges. Stops early when `isCancelled` says so.
	 */
	async warm(text: string, options: AnalyzeOptions, isCancelled: () => boolean): Promise<void> {
		const chunkOptions = this.#chunkOptions(text, options);
		for (const chunk of chunkText(text)) {
			if (isCancelled()) return;
			if (this.#cache.has(chunk.text)) continue;
			this.#cache.set(chunk.text, analyzeArticle(chunk.text, chunkOptions));
			await new Promise((resolve) => setImmediate(resolve));
		}
	}

	/** The analysis of the whole text, re-analysing only chunks not seen in the previous call. */
	analyze(text: string, options: AnalyzeOptions): ArticleAnalysis {
		this.#reanalysed = 0;
		const chunkOptions = this.#chunkOptions(text, options);
		const next = new Map<string, ArticleAnalysis>();
		const parts = chunkText(text).map((chunk) => {
			let analysis = this.#cache.get(chunk.text) ?? next.get(chunk.text);
			if (!analysis) {
				analysis = analyzeArticle(chunk.text, chunkOptions);
				this.#reanalysed++;
			}
			next.set(chunk.text, analysis);
			return { start: chunk.start, analysis };
		});
		this.#cache = next;
		return mergeChunkAnalyses(parts, chunkOptions.referenceDate ?? null);
	}

	/** Every chunk resolves dates against the whole text's reference date (only the first chunk has the dateline). */
	#chunkOptions(text: string, options: AnalyzeOptions): AnalyzeOptions {
		return { ...options, referenceDate: readDateline(text) ?? options.referenceDate };
	}
}

/** Joins the analyses of consecutive chunks (chunk-relative offsets) into one analysis of the whole text. */
export function mergeChunkAnalyses(
	parts: ReadonlyArray<{ start: number; analysis: ArticleAnalysis }>,
	referenceDate: string | null,
): ArticleAnalysis {
	const actors = new Map<string, Actor>();
	for (const { start, analysis } of parts) {
		for (const actor of analysis.actors) {
			const mentions = actor.mentions.map((mention) => ({ ...mention, start: mention.start + start, end: mention.end + start }));
			const known = actors.get(actor.id);
			if (known) {
				known.mentions.push(...mentions);
				known.role ??= actor.role;
			} else {
				actors.set(actor.id, { ...actor, mentions });
			}
		}
	}
	const joinedInto = joinShortNames([...actors.values()]);
	for (const [shortId, longId] of joinedInto) {
		const short = actors.get(shortId);
		const long = actors.get(longId);
		if (!short || !long) continue;
		long.mentions.push(...short.mentions);
		long.role ??= short.role;
		actors.delete(shortId);
	}
	for (const actor of actors.values()) actor.mentions.sort((a, b) => a.start - b.start);
	const speakerOf = (id: string | null): string | null => (id === null ? null : (joinedInto.get(id) ?? id));
	return {
		referenceDate,
		actors: [...actors.values()],
		quotes: parts.flatMap(({ start, analysis }) =>
			analysis.quotes.map((quote) => ({
				...quote,
				start: quote.start + start,
				end: quote.end + start,
				speaker: speakerOf(quote.speaker),
				attribution: quote.attribution && {
					...quote.attribution,
					start: quote.attribution.start + start,
					end: quote.attribution.end + start,
				},
			})),
		),
		dates: parts.flatMap(({ start, analysis }) =>
			analysis.dates.map((date) => ({ ...date, start: date.start + start, end: date.end + start })),
		),
	};
}

/** One-word actors that are the last word of exactly one longer actor of the same kind: short id → long id. */
function joinShortNames(actors: readonly Actor[]): Map<string, string> {
	const joins = new Map<string, string>();
	for (const short of actors) {
		if (/\s/.test(short.name)) continue;
		const longer = actors.filter(
			(long) => long !== short && long.kind === short.kind && long.name.endsWith(` ${short.name}`),
		);
		if (longer.length === 1) joins.set(short.id, longer[0].id);
	}
	return joins;
}
