import type { Claim } from '../annotations/sidecarSchema';
import type { ArticleExport } from './articleExport';

export type AnnotationKind = 'actor' | 'quote' | 'date' | 'claim';

/** One annotation of an article, flattened for the tabular and standoff formats. Offsets are UTF-16, end exclusive. */
export interface AnnotationRecord {
	kind: AnnotationKind;
	start: number;
	end: number;
	text: string;
	/** Display name of who said it (quotes, claims). */
	speaker?: string;
	/** Actor kind, date type or claim tag. */
	tag?: string;
	/** Claim status. */
	status?: string;
	/** Canonical actor name or TIMEX value. */
	value?: string;
	/** Actor role, date resolution or the analyst's note. */
	note?: string;
	/** The sidecar claim, for formats that carry its id, dates and context. */
	claim?: Claim;
}

/**
 * Every annotation of an article in text order: actor mentions, quotes (speaker corrections applied),
 * dates and the analyst's claims. Orphaned claims come last, at their recorded offsets.
 */
export function annotationRecords(article: ArticleExport): AnnotationRecord[] {
	const { analysis, sidecar } = article;
	const actorNames = new Map(analysis.actors.map((actor) => [actor.id, actor.name]));
	const speakerName = (speaker: string | null | undefined) => (speaker ? (actorNames.get(speaker) ?? speaker) : undefined);
	const corrections = new Map(
		(sidecar?.speakerCorrections ?? []).filter((correction) => !correction.orphaned).map((correction) => [`${correction.target.start}:${correction.target.end}`, correction.speaker]),
	);
	const placed: AnnotationRecord[] = [];
	for (const actor of analysis.actors) {
		for (const mention of actor.mentions) {
			placed.push({ kind: 'actor', start: mention.start, end: mention.end, text: mention.text, tag: actor.kind, value: actor.name, note: actor.role });
		}
	}
	for (const quote of analysis.quotes) {
		const key = `${quote.start}:${quote.end}`;
		const speaker = corrections.has(key) ? corrections.get(key) : quote.speaker;
		placed.push({ kind: 'quote', start: quote.start, end: quote.end, text: quote.text, speaker: speakerName(speaker) });
	}
	for (const date of analysis.dates) {
		placed.push({ kind: 'date', start: date.start, end: date.end, text: date.text, tag: date.type, value: date.mod ? `${date.value ?? ''} ${date.mod}`.trim() : date.value, note: date.resolution });
	}
	const orphaned: AnnotationRecord[] = [];
	for (const claim of sidecar?.claims ?? []) {
		const record: AnnotationRecord = { kind: 'claim', start: claim.target.start, end: claim.target.end, text: claim.target.exact, speaker: claim.speaker ?? undefined, tag: claim.tag, status: claim.status, note: claim.note || undefined, claim };
		(claim.orphaned ? orphaned : placed).push(record);
	}
	placed.sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
	return [...placed, ...orphaned];
}

const KIND_ORDER: Record<AnnotationKind, number> = { claim: 0, quote: 1, actor: 2, date: 3 };
