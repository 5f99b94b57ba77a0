/**
 * Attributions from the quote's surroundings: a headline "Lavrov: “…”", "This was announced by …" in the next sentence, the
 * sentence or paragraph that leads into a quote, a person opening the sentence, and a quote that runs into the next paragraph.
 */
import { BEFORE_REACH, type AttributionContext, type Finder, type Windows } from './attributionContext';
import { attributionBefore } from './attributionNearQuote';
import type { IndexedMention } from './mentionIndex';
import type { QuotedSpan } from './quoteMarks';
import { sentenceSubjectPerson } from './personFinder';
import { resolveSubject, type Attribution } from './resolveSpeaker';
import { classifyPhrase } from './subjectPhrase';
import { LETTER, NUMBER, indexOfClass, isBlank, lastNonSpace, skipWhiteSpace, wordBefore } from './textScan';

/** `Lavrov: “…”`, `Moscow: Launched “…”`: a paragraph that opens with one name and a colon. */
export function headline({ text, mentions }: AttributionContext, span: QuotedSpan): Attribution | undefined {
	if (span.openMark - span.paragraphStart > BEFORE_REACH) return undefined;
	const lead = text.slice(span.paragraphStart, span.openMark);
	const colon = lead.indexOf(':');
	if (colon < 0 || lead.slice(0, colon).split(/\s+/u).length > 7 || /[,;]/u.test(lead.slice(0, colon))) return undefined;
	const nameEnd = span.paragraphStart + colon;
	const named = mentions.within(span.paragraphStart, nameEnd);
	const last = named[named.length - 1];
	if (named.length !== 1 || !isBlank(text, last.end, nameEnd)) return undefined;
	return { speaker: last.actor.id, attribution: { start: last.start, end: nameEnd + 1, text: text.slice(last.start, nameEnd + 1) } };
}

/** Words after which a name before a colon is the one addressed or the medium, not the speaker ("wrote to CNN:"). */
const NOT_BEFORE_SPEAKER = new Set('to on in at by via with for against'.split(' '));

/**
 * `… doesn't surprise pollster Ann Lee: “…”`, `More from Lee: “…”`: a person (or an organisation) named right before the
 * colon that ends `[from, to)` and opens the quote; not a place, nor a name a few words after "to" or "by".
 */
export function nameBeforeColon({ text, mentions }: AttributionContext, from: number, to: number): Attribution | undefined {
	const colon = lastNonSpace(text, from, to);
	if (colon < 0 || text.charCodeAt(colon) !== 0x3a) return undefined;
	const last = mentions.last(Math.max(from, colon - 60), colon);
	if (last === undefined || last.actor.kind === 'place' || !isBlank(text, last.end, colon)) return undefined;
	// "to the Dutch newspaper NRC Handelsblad:": a preposition a few words back in its phrase makes the name an object.
	for (let words = 0, end = last.start; words < 4; words++) {
		const before = wordBefore(text, from, end);
		if (!before || !isBlank(text, before.end, end) || indexOfClass(text, before.start, before.end, LETTER) < 0) break;
		if (NOT_BEFORE_SPEAKER.has(text.slice(before.start, before.end).toLowerCase())) return undefined;
		end = before.start;
	}
	return { speaker: last.actor.id, attribution: { start: last.start, end: colon + 1, text: text.slice(last.start, colon + 1) } };
}

const ANNOUNCED = /^(?:This|That|It|These|Those|Such)\b[^.!?]{0,80}?\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\p{Ll}+ed|said|told|written|made\s+known)\b[^.!?]{0,100}?\bby\s+/u;

/** `“…” fears … This was announced on Saturday by … Ned Price.`: the next sentence names who said it. */
export function announcedBy({ text, mentions, findPerson }: Finder, sentenceEnd: number, paragraphEnd: number): Attribution | undefined {
	const from = skipWhiteSpace(text, sentenceEnd, paragraphEnd);
	// The pattern, slow to compile, only where the sentence opens as it needs: "This", "That", "It", "These", "Those", "Such".
	const opening = text.charCodeAt(from);
	if (opening !== 0x54 && opening !== 0x49 && opening !== 0x53) return undefined;
	const cue = ANNOUNCED.exec(text.slice(from, Math.min(paragraphEnd, from + 300)));
	if (!cue) return undefined;
	const byEnd = from + cue[0].length;
	const stop = /[.!?;]\s|[.!?;]$/u.exec(text.slice(byEnd, Math.min(paragraphEnd, byEnd + 150)));
	const subject = classifyPhrase(text, byEnd, stop ? byEnd + stop.index : Math.min(paragraphEnd, byEnd + 150), mentions);
	return resolveSubject(text, subject, byEnd - 3, byEnd - 1, findPerson);
}

/** A line of its own after a quote that signs it: `- Bernie Sanders.`, `— Clinton`. */
const SIGNATURE = /^\s*[-\u2013\u2014\u2015]\s*([^\n.,;:!?“”"]{2,60}?)\.?[ \t]*(?:\r?\n|$)/u;
/** A dash and a name right after the closing mark, ending there: `“…” ― Ann Lee “…”`, `“…” — Ann Lee.` */
const DASH_BEFORE_NAME = /^[ \t]*[-\u2013\u2014\u2015][ \t]*/;
/** What may follow a signing name: the line's end, a period or comma, or the next quote. */
const AFTER_SIGNED_NAME = /^(?:[.,]?[ \t]*(?:\r?\n|$)|[.,]\s|\s*[“"«])/;

/** `-`, `–`, `—` or `―`. */
function isDash(code: number): boolean {
	return code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2015;
}

/**
 * As in lists of voices, a dash and a person's name right after the closing mark, with nothing more: `“…” ― Ann Lee “…”`.
 * A medium or a place there (`“…” — Toronto Star, May 5`) rather signs a headline cited, not words said.
 */
export function dashSignature({ text, mentions }: AttributionContext, span: QuotedSpan): Attribution | undefined {
	if (!isDash(text.charCodeAt(skipWhiteSpace(text, span.closeMarkEnd, span.closeMarkEnd + 4)))) return undefined;
	const dash = DASH_BEFORE_NAME.exec(text.slice(span.closeMarkEnd, span.closeMarkEnd + 8));
	if (!dash) return undefined;
	const start = span.closeMarkEnd + dash[0].length;
	const named = mentions.first(start, start + 1);
	const signs = named?.start === start && named.actor.kind === 'person' && AFTER_SIGNED_NAME.test(text.slice(named.end, named.end + 3));
	return signs ? signedBy(text, named) : undefined;
}

/** `“…”` ending its paragraph, then a line `- Bernie Sanders.`: fact-check style, the name under the quote. */
export function signature({ text, mentions }: AttributionContext, span: QuotedSpan): Attribution | undefined {
	if (span.paragraphEnd - span.closeMarkEnd > 2) return undefined;
	const line = SIGNATURE.exec(text.slice(span.paragraphEnd, span.paragraphEnd + 80));
	if (!line) return undefined;
	const start = span.paragraphEnd + line[0].indexOf(line[1]);
	const named = mentions.first(start, start + line[1].length);
	return named && signedBy(text, named);
}

function signedBy(text: string, named: IndexedMention): Attribution {
	return { speaker: named.actor.id, attribution: { start: named.start, end: named.end, text: text.slice(named.start, named.end) } };
}

/**
 * `Clinton decried the GOP for “turning its back”`, `She also referenced the “Charleston loophole”`: with no speech
 * verb, a person (or "he", "she", "the minister") who opens the sentence, after an introductory phrase and a title at
 * most, is taken as the one whose words are quoted. Places and organisations are not, so a scare quote in a sentence
 * about Russia stays without a speaker.
 */
export function personSubject({ text, mentions, findPerson }: Finder, sentenceStart: number, openMark: number): Attribution | undefined {
	const to = Math.min(openMark, sentenceStart + BEFORE_REACH);
	const opening = text.slice(sentenceStart, Math.min(to, sentenceStart + 140));
	const pronoun = /^(?:[^,“”"«»]{0,60},\s*)?(He|She|he|she)\s+\p{Ll}/u.exec(opening);
	if (pronoun) {
		const at = sentenceStart + pronoun[0].lastIndexOf(pronoun[1]);
		return { speaker: findPerson(at), attribution: { start: at, end: at + pronoun[1].length, text: pronoun[1] } };
	}
	const described = /^(?:[^,“”"«»]{0,60},\s*)?([Tt]he\s[^,“”"«»]{0,60})/u.exec(opening);
	if (described) {
		const start = sentenceStart + described[0].length - described[1].length;
		const subject = classifyPhrase(text, start, sentenceStart + described[0].length, mentions);
		if (subject.kind === 'description') return resolveSubject(text, subject, start, start, findPerson);
	}
	const first = sentenceSubjectPerson(text, mentions, sentenceStart, to);
	return first && { speaker: first.actor.id, attribution: { start: first.start, end: first.end, text: text.slice(first.start, first.end) } };
}

/** The most words of a clause that only announces the quote after its colon ("Lee made the following comment:"). */
const ANNOUNCING_WORDS = 12;

/**
 * A quote that opens its sentence with nothing to attribute it takes its speaker from the sentence before: from a quote
 * there, or from its speech verb; across a paragraph break only when that paragraph's last sentence holds a quote or
 * ends with a colon.
 */
export function leadIn(context: Finder, k: number, windows: Windows, earlier: readonly Attribution[]): Attribution | undefined {
	const { text, spans, sentences } = context;
	const span = spans[k];
	if (indexOfClass(text, windows.beforeFrom, span.openMark, LETTER | NUMBER) >= 0) return undefined;
	const previousRange = sentences.range(windows.sentence - 1);
	if (previousRange === undefined) return undefined;
	const sentenceStart = previousRange[0];
	const end = previousRange[1];
	const start = Math.max(sentenceStart, end - BEFORE_REACH);
	const sameParagraph = sentenceStart >= span.paragraphStart;
	const previous = k > 0 ? spans[k - 1] : undefined;
	const previousQuoteThere = previous !== undefined && previous.closeMarkEnd > start && previous.openMark < end;
	const endsWithColon = /:\s*$/u.test(text.slice(start, end));
	if (!sameParagraph && !previousQuoteThere && !endsWithColon) return undefined;
	if (previousQuoteThere) return earlier[k - 1].attribution ? earlier[k - 1] : undefined;
	const found = attributionBefore(context, start, end, start);
	if (found || !endsWithColon) return found;
	// "On Monday, Lee made the following comment:" and the quote next: the short clause that announces it names who said it.
	const clauseStart = Math.max(start, text.lastIndexOf(',', end) + 1);
	const announcing = text.slice(clauseStart, end).trim().split(/\s+/u).length <= ANNOUNCING_WORDS;
	return nameBeforeColon(context, start, end) ?? (announcing ? personSubject(context, clauseStart, end) : undefined);
}

/**
 * `“…”` ending a paragraph, and the next paragraph opening with `“…,” Viguerie adds.`: one speaker's quote runs on, and
 * the attribution that comes later names the speaker of both.
 */
export function continuesIntoNext({ text, spans }: AttributionContext, k: number): boolean {
	const span = spans[k];
	const next = spans[k + 1];
	return (
		next.paragraphStart !== span.paragraphStart &&
		next.openMark === next.paragraphStart &&
		span.paragraphEnd - span.closeMarkEnd < 3 &&
		indexOfClass(text, span.paragraphEnd, next.paragraphStart, LETTER | NUMBER) < 0 &&
		(span.openMark === span.paragraphStart || /[.!?:]\s*$/u.test(text.slice(Math.max(span.paragraphStart, span.openMark - 3), span.openMark)))
	);
}

/** What may join two quotes of one sentence that share a speaker: "and", "or", "as well as", a comma. */
/** The longest text `QUOTE_JOINER` may match ("  ,  as   well   as  "): longer gaps are not read. */
const JOINER_REACH = 24;
const QUOTE_JOINER = /^[\s,]*(?:(?:and|or|as\s+well\s+as|but\s+also|then)[\s,]*)?$/;

/**
 * `Guns are “a crisis” and “a disgrace,” Lee said`: a quote joined to the next one by "and" (or a comma) takes the
 * attribution that follows the next one.
 */
export function joinsNextQuote({ text, spans }: AttributionContext, k: number, next: Attribution): boolean {
	const after = spans[k + 1];
	return (
		next.attribution !== undefined &&
		next.attribution.start >= after.closeMarkEnd &&
		after.paragraphStart === spans[k].paragraphStart &&
		after.openMark - spans[k].closeMarkEnd <= JOINER_REACH &&
		QUOTE_JOINER.test(text.slice(spans[k].closeMarkEnd, after.openMark))
	);
}
