/** Scores analyses against gold annotations by the rules of the annotation guidelines. */
import type { ArticleAnalysis } from '../../src/analysis';

export interface GoldArticle {
	file: string;
	referenceDate: string | null;
	actors: Array<{ name: string; kind: string; role?: string; mentions: Array<{ start: number; end: number; text: string }> }>;
	quotes: Array<{ start: number; end: number; text: string; speaker: string | null }>;
	dates: Array<{ start: number; end: number; text: string; type: string; value?: string; mod?: string }>;
}

export interface Counts {
	correct: number;
	predicted: number;
	gold: number;
}

export interface Scores {
	/** Mentions matched one-to-one by overlapping spans. */
	actorMentions: Counts;
	/** The same, where the kind also agrees. */
	actorMentionsTyped: Counts;
	quoteSpans: Counts;
	/** Gold quotes found (exact span) whose speaker name agrees; `gold` counts the found ones. */
	speakers: Counts;
	/** Gold dates overlapped by a found date with the same value (and mod); `gold` counts every gold date with a value. */
	dateValues: Counts;
	/** Date spans matched one-to-one by overlap. */
	dateSpans: Counts;
}

type Range = { start: number; end: number };

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** Pairs each gold range with at most one predicted range that satisfies `fits`, greedily in text order. */
function match<G extends Range, P extends Range>(gold: readonly G[], predicted: readonly P[], fits: (g: G, p: P) => boolean): Array<[G, P]> {
	const used = new Set<number>();
	const pairs: Array<[G, P]> = [];
	for (const g of gold) {
		const index = predicted.findIndex((p, i) => !used.has(i) && fits(g, p));
		if (index >= 0) {
			used.add(index);
			pairs.push([g, predicted[index]]);
		}
	}
	return pairs;
}

const normalise = (name: string | null | undefined) => (name ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Scores one article's analysis against its gold. */
export function scoreArticle(gold: GoldArticle, analysis: ArticleAnalysis): Scores {
	const goldMentions = gold.actors.flatMap((actor) => actor.mentions.map((m) => ({ ...m, kind: actor.kind })));
	const predictedMentions = analysis.actors.flatMap((actor) => actor.mentions.map((m) => ({ ...m, kind: actor.kind as string })));
	const speakerName = new Map(analysis.actors.map((actor) => [actor.id, actor.name]));
	const quotePairs = match(gold.quotes, analysis.quotes, (g, p) => g.start === p.start && g.end === p.end);
	const goldDatesWithValue = gold.dates.filter((d) => d.value !== undefined);
	const sameValue = (g: GoldArticle['dates'][number], p: ArticleAnalysis['dates'][number]) => overlaps(g, p) && g.value === p.value && (g.mod ?? '') === (p.mod ?? '');
	return {
		actorMentions: counts(match(goldMentions, predictedMentions, overlaps).length, predictedMentions.length, goldMentions.length),
		actorMentionsTyped: counts(match(goldMentions, predictedMentions, (g, p) => overlaps(g, p) && g.kind === p.kind).length, predictedMentions.length, goldMentions.length),
		quoteSpans: counts(quotePairs.length, analysis.quotes.length, gold.quotes.length),
		speakers: counts(
			quotePairs.filter(([g, p]) => normalise(g.speaker) === normalise(p.speaker === null ? null : speakerName.get(p.speaker) ?? p.speaker)).length,
			quotePairs.length,
			quotePairs.length,
		),
		dateValues: counts(match(goldDatesWithValue, analysis.dates, sameValue).length, analysis.dates.length, goldDatesWithValue.length),
		dateSpans: counts(match(gold.dates, analysis.dates, overlaps).length, analysis.dates.length, gold.dates.length),
	};
}

function counts(correct: number, predicted: number, gold: number): Counts {
	return { correct, predicted, gold };
}

/** Adds up the counts of several articles. */
export function sumScores(all: readonly Scores[]): Scores {
	const total = scoreArticle({ file: '', referenceDate: null, actors: [], quotes: [], dates: [] }, { referenceDate: null, actors: [], quotes: [], dates: [] });
	for (const scores of all) {
		for (const key of Object.keys(total) as Array<keyof Scores>) {
			total[key].correct += scores[key].correct;
			total[key].predicted += scores[key].predicted;
			total[key].gold += scores[key].gold;
		}
	}
	return total;
}

export const precision = (c: Counts) => (c.predicted === 0 ? 0 : c.correct / c.predicted);
export const recall = (c: Counts) => (c.gold === 0 ? 0 : c.correct / c.gold);
export const f1 = (c: Counts) => (c.correct === 0 ? 0 : (2 * precision(c) * recall(c)) / (precision(c) + recall(c)));
/** Share of gold items got right. */
export const accuracy = (c: Counts) => (c.gold === 0 ? 1 : c.correct / c.gold);
