/**
 * Finds who said each quote: an attribution right after it ("…,” Lavrov said), inside it ("– he explained –"), before it
 * in its sentence ("Lavrov said that “…"), "according to", a headline "Lavrov: “…”", a quote earlier in the same sentence,
 * "This was announced by …" in the next sentence, or the sentence or paragraph that leads into a quote.
 */
import type { MentionIndex } from './mentionIndex';
import type { QuotedSpan } from './quoteMarks';
import { resolveSubject, type Attribution, type PersonFinder } from './resolveSpeaker';
import type { SentenceIndex } from './sentenceIndex';
import { ACCORDING_TO, type SpeechVerbIndex } from './speechVerbs';
import { classifyPhrase, isProgressive, sentenceSubject, sourceAfterAccordingTo, subjectAfter, subjectBefore, type Subject } from './subjectPhrase';

/** What the attribution finder reads: the text, its quoted spans in order, sentences and actor mentions. */
export interface AttributionContext {
	text: string;
	spans: readonly QuotedSpan[];
	sentences: SentenceIndex;
	mentions: MentionIndex;
	verbs: SpeechVerbIndex;
}

interface Finder extends AttributionContext {
	findPerson: PersonFinder;
}

/** How far from its marks a quote's attribution is looked for, in characters. */
const BEFORE_REACH = 400;
const AFTER_REACH = 300;
/** How much of a quote is searched for an interrupting "– he said –". */
const INTERRUPTION_REACH = 600;

/** How far back the last person quoted is still the one "he" or "she" most likely means, in characters. */
const SPEAKER_MEMORY = 800;

const NO_SPEAKER: Attribution = { speaker: null };

/** One attribution per quoted span, in the same order. */
export function attributeQuotes(context: AttributionContext): Attribution[] {
	const found: Attribution[] = [];
	let lastSpeaker: { id: string; at: number } | undefined;
	// A pronoun means the person last quoted when that was recent (the speaker stays the topic), else the last person named.
	const findPerson: PersonFinder = (position, title) => {
		if (title === undefined && lastSpeaker && position - lastSpeaker.at <= SPEAKER_MEMORY) return lastSpeaker.id;
		return context.mentions.lastPersonBefore(position, title)?.actor.id ?? null;
	};
	const finder = { ...context, findPerson };
	for (let k = 0; k < context.spans.length; k++) {
		const attribution = attributeQuote(finder, k, found);
		found.push(attribution);
		if (attribution.speaker !== null && context.mentions.isPerson(attribution.speaker)) lastSpeaker = { id: attribution.speaker, at: context.spans[k].closeMarkEnd };
	}
	for (let k = context.spans.length - 2; k >= 0; k--) {
		if (found[k].attribution === undefined && continuesIntoNext(context, k)) found[k] = found[k + 1];
	}
	return found;
}

/**
 * `“…”` ending a paragraph, and the next paragraph opening with `“…,” Viguerie adds.`: one speaker's quote runs on, and
 * the attribution that comes later names the speaker of both.
 */
function continuesIntoNext({ text, spans }: AttributionContext, k: number): boolean {
	const span = spans[k];
	const next = spans[k + 1];
	return (
		next.paragraphStart !== span.paragraphStart &&
		next.openMark === next.paragraphStart &&
		span.paragraphEnd - span.closeMarkEnd < 3 &&
		!/[\p{L}\p{N}]/u.test(text.slice(span.paragraphEnd, next.paragraphStart)) &&
		(span.openMark === span.paragraphStart || /[.!?:]\s*$/u.test(text.slice(Math.max(span.paragraphStart, span.openMark - 3), span.openMark)))
	);
}

interface Windows {
	/** Start of the text before the quote that may hold its attribution (sentence start, or the previous quote's end). */
	beforeFrom: number;
	/** End of the text after the quote that may hold its attribution. */
	afterTo: number;
	sentence: number;
	previousInParagraph: QuotedSpan | undefined;
}

function attributeQuote(context: Finder, k: number, earlier: readonly Attribution[]): Attribution {
	const { spans, sentences } = context;
	const span = spans[k];
	const previous = spans[k - 1]?.paragraphStart === span.paragraphStart ? spans[k - 1] : undefined;
	const sentence = sentences.indexAt(span.openMark);
	const [sentenceStart] = sentences.range(sentence) ?? [span.paragraphStart];
	const closingSentenceEnd = sentences.range(sentences.indexAt(Math.max(span.openMark, span.closeMarkEnd - 1)))?.[1] ?? span.paragraphEnd;
	const windows: Windows = {
		beforeFrom: Math.max(sentenceStart, span.paragraphStart, previous?.closeMarkEnd ?? 0, span.openMark - BEFORE_REACH),
		afterTo: Math.min(closingSentenceEnd, span.paragraphEnd, spans[k + 1]?.openMark ?? Infinity, span.closeMarkEnd + AFTER_REACH),
		sentence,
		previousInParagraph: previous,
	};
	const sameSentenceAsPrevious = previous !== undefined && previous.closeMarkEnd > sentenceStart;
	return (
		attributionAfter(context, span, windows) ??
		interruption(context, span) ??
		accordingTo(context, span.closeMarkEnd, windows.afterTo) ??
		attributionBefore(context, windows.beforeFrom, span.openMark, sentenceStart) ??
		accordingTo(context, windows.beforeFrom, span.openMark) ??
		headline(context, span) ??
		(sameSentenceAsPrevious ? earlier[k - 1] : undefined) ??
		announcedBy(context, closingSentenceEnd, span.paragraphEnd) ??
		leadIn(context, k, windows, earlier) ??
		personSubject(context, sentenceStart, span.openMark) ??
		NO_SPEAKER
	);
}

/** A title or initial before a name: "Gov.", "Sen.", "J.". */
const ABBREVIATION = /(?<![\p{L}])\p{Lu}\p{Ll}{0,3}\./gu;

/** Words that cannot open the subject of an attribution after a quote ("“mutual respect” with the United States and denied"). */
const NOT_A_SUBJECT_START = new Set(
	'with in on at for to from by of about and but or as that which who while when after before between against is are was were has have had will would could can may might should than into over under without despite during since until because if so then not also'.split(' '),
);

/**
 * `“…,” Lavrov said`, `“…,” said Lavrov`, `“…” he insisted`, `“…” about the decision, said DeMoro`, `“…” are sickening,
 * Hollande said`: a speech verb within a few words after the closing mark (after a comma, where the quote was partial).
 */
function attributionAfter({ text, mentions, verbs, findPerson }: Finder, span: QuotedSpan, windows: Windows): Attribution | undefined {
	const lead = /^[\s,.;:!?\u2013\u2014-]*/u.exec(text.slice(span.closeMarkEnd, windows.afterTo))?.[0].length ?? 0;
	let from = span.closeMarkEnd + lead;
	const [verb] = verbs.within(from, Math.min(windows.afterTo, from + 100));
	if (verb === undefined || verb.participle) return undefined;
	const between = text.slice(from, verb.start).replace(ABBREVIATION, (title) => `${title.slice(0, -1)}_`);
	if (/[.!?;:“”"«»]/u.test(between)) return undefined;
	const comma = between.lastIndexOf(',');
	if (comma >= 0 && comma === between.trimEnd().length - 1 && verb.invertible) {
		return resolveSubject(text, subjectAfter(text, verb.end, windows.afterTo, mentions), verb.start, verb.end, findPerson);
	}
	if (comma >= 0 && !/\p{Lu}/u.test(between.slice(0, between.indexOf(',')))) from += comma + 1;
	if (from === verb.start || (from < verb.start && /^\s*$/u.test(text.slice(from, verb.start)))) {
		return verb.invertible ? resolveSubject(text, subjectAfter(text, verb.end, windows.afterTo, mentions), verb.start, verb.end, findPerson) : undefined;
	}
	const words = text.slice(from, verb.start).trim().split(/\s+/u);
	if (words.length > 11 || NOT_A_SUBJECT_START.has(words[0].toLowerCase())) return undefined;
	return resolveSubject(text, subjectBefore(text, from, verb.start, mentions), verb.start, verb.end, findPerson);
}

/** `, he said,` / `– Lavrov added –` inside a quote: a pronoun or a name and a verb set off by commas or dashes. */
const INTERRUPTION = /[,\u2013\u2014-]\s+(he|she|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+(\p{Ll}+)(?:\s+\p{L}+)?\s*[,\u2013\u2014-]/gu;

/** `“If it depended on us – he explained – there would be no wars”`: an attribution set off inside the quote. */
function interruption({ text, mentions, verbs, findPerson }: Finder, span: QuotedSpan): Attribution | undefined {
	const from = span.start;
	const content = text.slice(from, Math.min(span.end, from + INTERRUPTION_REACH));
	for (const match of content.matchAll(INTERRUPTION)) {
		const verbStart = from + (match.index ?? 0) + match[0].indexOf(match[2], match[0].indexOf(match[1]) + match[1].length);
		const [verb] = verbs.within(verbStart, verbStart + match[2].length);
		if (verb === undefined) continue;
		const subjectStart = from + (match.index ?? 0) + match[0].indexOf(match[1]);
		return resolveSubject(text, classifyPhrase(text, subjectStart, subjectStart + match[1].length, mentions), verb.start, verb.end, findPerson);
	}
	return undefined;
}

/** `according to Washington`, anywhere in `[from, to)`. */
function accordingTo({ text, mentions, findPerson }: Finder, from: number, to: number): Attribution | undefined {
	const cue = ACCORDING_TO.exec(text.slice(from, to));
	if (!cue) return undefined;
	const cueStart = from + cue.index;
	const cueEnd = cueStart + cue[0].length;
	return resolveSubject(text, sourceAfterAccordingTo(text, cueEnd, to, mentions), cueStart, cueEnd, findPerson);
}

/**
 * `Lavrov said that “…`, `Lavrov said, quoted by TASS: “…`, `Trump returned the compliment, telling Reuters, “…`: the first
 * speech verb before the quote in `[from, to)` that has a subject. A participle or a second verb after "and" takes the
 * subject of the sentence, unless `from` is a previous quote's end (then that quote's speaker carries on).
 */
function attributionBefore({ text, mentions, verbs, findPerson }: Finder, from: number, to: number, sentenceStart: number): Attribution | undefined {
	for (const verb of verbs.within(from, to)) {
		let subject: Subject;
		if (verb.participle && !isProgressive(text, from, verb.start)) {
			if (from > sentenceStart) continue;
			subject = sentenceSubject(text, from, verb.start, mentions);
		} else {
			subject = subjectBefore(text, from, verb.start, mentions);
			if (subject.kind === 'none' && verb.invertible) subject = subjectAfter(text, verb.end, to, mentions);
			if (subject.kind === 'none' && from === sentenceStart && followsConjunction(text, from, verb.start)) subject = sentenceSubject(text, from, verb.start, mentions);
		}
		const found = resolveSubject(text, subject, verb.start, verb.end, findPerson);
		if (found) return found;
	}
	return undefined;
}

/** "… and wrote", "… but added": a verb sharing its subject with an earlier one. */
function followsConjunction(text: string, from: number, verbStart: number): boolean {
	return /(?:^|[\s,])(?:and|but|or)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?$/u.test(text.slice(Math.max(from, verbStart - 24), verbStart));
}

/** `Lavrov: “…”`, `Moscow: Launched “…”`: a paragraph that opens with one name and a colon. */
function headline({ text, mentions }: AttributionContext, span: QuotedSpan): Attribution | undefined {
	if (span.openMark - span.paragraphStart > BEFORE_REACH) return undefined;
	const lead = text.slice(span.paragraphStart, span.openMark);
	const colon = lead.indexOf(':');
	if (colon < 0 || lead.slice(0, colon).split(/\s+/u).length > 7 || /[,;]/u.test(lead.slice(0, colon))) return undefined;
	const nameEnd = span.paragraphStart + colon;
	const named = mentions.within(span.paragraphStart, nameEnd);
	const last = named[named.length - 1];
	if (named.length !== 1 || /\S/u.test(text.slice(last.end, nameEnd))) return undefined;
	return { speaker: last.actor.id, attribution: { start: last.start, end: nameEnd + 1, text: text.slice(last.start, nameEnd + 1) } };
}

const ANNOUNCED = /^(?:This|That|It|These|Those|Such)\b[^.!?]{0,80}?\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\p{Ll}+ed|said|told|written|made\s+known)\b[^.!?]{0,100}?\bby\s+/u;

/** `“…” fears … This was announced on Saturday by … Ned Price.`: the next sentence names who said it. */
function announcedBy({ text, mentions, findPerson }: Finder, sentenceEnd: number, paragraphEnd: number): Attribution | undefined {
	let from = sentenceEnd;
	while (from < paragraphEnd && /\s/u.test(text[from])) from++;
	const cue = ANNOUNCED.exec(text.slice(from, Math.min(paragraphEnd, from + 300)));
	if (!cue) return undefined;
	const byEnd = from + cue[0].length;
	const stop = /[.!?;]\s|[.!?;]$/u.exec(text.slice(byEnd, Math.min(paragraphEnd, byEnd + 150)));
	const subject = classifyPhrase(text, byEnd, stop ? byEnd + stop.index : Math.min(paragraphEnd, byEnd + 150), mentions);
	return resolveSubject(text, subject, byEnd - 3, byEnd - 1, findPerson);
}

/** Words that put a name inside a phrase rather than at the head of the sentence ("in Kiev", "of Trump"). */
const NOT_BEFORE_SUBJECT = new Set('in of to with for by about against from at on as than and or but that like after before over under into'.split(' '));

/**
 * `Clinton decried the GOP for “turning its back”`: with no speech verb, a person who opens the sentence (after an
 * introductory phrase and a title at most) is taken as the one whose words are quoted. Places and organisations are not,
 * so a scare quote in a sentence about Russia stays without a speaker.
 */
function personSubject({ text, mentions }: AttributionContext, sentenceStart: number, openMark: number): Attribution | undefined {
	const [first] = mentions.within(sentenceStart, Math.min(openMark, sentenceStart + BEFORE_REACH));
	if (first === undefined || first.actor.kind !== 'person' || first.end > openMark || /^[’']s\b/u.test(text.slice(first.end, first.end + 3))) return undefined;
	const lead = text.slice(sentenceStart, first.start);
	const head = lead.slice(lead.lastIndexOf(',') + 1).split(/\s+/u).filter(Boolean);
	if (head.length > 6 || head.some((word) => NOT_BEFORE_SUBJECT.has(word.toLowerCase()))) return undefined;
	return { speaker: first.actor.id, attribution: { start: first.start, end: first.end, text: text.slice(first.start, first.end) } };
}

/**
 * A quote that opens its sentence with nothing to attribute it takes its speaker from the sentence before: from a quote
 * there, or from its speech verb; across a paragraph break only when that paragraph ends with a colon or a quote.
 */
function leadIn(context: Finder, k: number, windows: Windows, earlier: readonly Attribution[]): Attribution | undefined {
	const { text, spans, sentences } = context;
	const span = spans[k];
	if (/[\p{L}\p{N}]/u.test(text.slice(windows.beforeFrom, span.openMark))) return undefined;
	const previousRange = sentences.range(windows.sentence - 1);
	if (previousRange === undefined) return undefined;
	const [sentenceStart, end] = previousRange;
	const start = Math.max(sentenceStart, end - BEFORE_REACH);
	const sameParagraph = sentenceStart >= span.paragraphStart;
	const previous = spans[k - 1];
	const previousQuoteThere = previous !== undefined && previous.closeMarkEnd > start && previous.openMark < end;
	if (!sameParagraph && !previousQuoteThere && !/:\s*$/u.test(text.slice(start, end))) return undefined;
	if (previousQuoteThere) return earlier[k - 1].attribution ? earlier[k - 1] : undefined;
	return attributionBefore(context, start, end, start);
}
