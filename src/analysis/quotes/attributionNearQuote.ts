/**
 * Attributions next to a quote: a speech verb and its subject after it ("…,” Lavrov said), inside it ("– he explained –"),
 * before it in its sentence ("Lavrov said that “…"), and "according to".
 */
import type { Finder, Windows } from './attributionContext';
import type { MentionIndex } from './mentionIndex';
import type { QuotedSpan } from './quoteMarks';
import { resolveSubject, type Attribution } from './resolveSpeaker';
import { isWhiteSpace } from '../text';
import { sourceCue, type VerbMatch } from './speechVerbs';
import { JOINER, LETTER, LOWER, UPPER, classAt, commaWithin, isBlank, runEnd, skipWhiteSpace, wordBefore } from './textScan';
import { closesInterruption, interruptionAt, nextInterruptionDelimiter } from './interruptionScan';
import {
	NOT_A_SUBJECT_START,
	classifyPhrase,
	maskTitleDots,
	isProgressive,
	sentenceSubject,
	skipBetweenSubjectAndVerb,
	sourceAfterAccordingTo,
	subjectAfter,
	subjectBefore,
	type Subject,
} from './subjectPhrase';

/** How much of a quote is searched for an interrupting "– he said –". */
const INTERRUPTION_REACH = 600;

/** White space and the punctuation between a closing mark and its attribution: `[\s,.;:!?–—-]`. */
function isLeadAfterQuote(code: number): boolean {
	return isWhiteSpace(code) || code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x2013 || code === 0x2014 || code === 0x2d;
}

/** Punctuation that no attribution after a quote runs across: a sentence's end or another quotation mark. */
const ENDS_ATTRIBUTION = /[.!?;:“”"«»]/;

/** Index of the last character before `end` that is no white space. */
function lastNonSpaceBefore(text: string, end: number): number {
	let at = end - 1;
	while (at >= 0 && isWhiteSpace(text.charCodeAt(at))) at--;
	return at;
}

/**
 * `“…,” Lavrov said`, `“…,” said Lavrov`, `“…” he insisted`, `“…” about the decision, said DeMoro`, `“…” are sickening,
 * Hollande said`: a speech verb within a few words after the closing mark (after a comma, where the quote was partial),
 * or after a name and its appositive, however long.
 */
export function attributionAfter(context: Finder, span: QuotedSpan, windows: Windows): Attribution | undefined {
	const { text, mentions, verbs, findPerson } = context;
	const to = windows.attributionTo;
	let from = span.closeMarkEnd;
	while (from < to && isLeadAfterQuote(text.charCodeAt(from))) from++;
	const appositive = nameWithAppositive(context, from, to);
	if (appositive) return appositive;
	const verb = verbs.first(from, Math.min(to, from + 100));
	if (verb === undefined || verb.participle) return undefined;
	const between = maskTitleDots(text.slice(from, verb.start));
	if (ENDS_ATTRIBUTION.test(between)) return undefined;
	const comma = between.lastIndexOf(',');
	if (comma >= 0 && opensClauseBeforeComma(text, from, verb.start)) {
		// "“…” about the decision, said DeMoro", "“…” are sickening, Hollande said": the attribution follows the comma.
		if (comma === between.trimEnd().length - 1) return verb.invertible ? resolveSubject(text, subjectAfter(text, verb.end, to, mentions), verb.start, verb.end, findPerson) : undefined;
		from += comma + 1;
	}
	if (isBlank(text, from, verb.start)) {
		return verb.invertible ? resolveSubject(text, subjectAfter(text, verb.end, to, mentions), verb.start, verb.end, findPerson) : undefined;
	}
	const words = text.slice(from, verb.start).trim().split(/\s+/u);
	if (words.length > 11 || NOT_A_SUBJECT_START.has(words[0].toLowerCase())) return undefined;
	return resolveSubject(text, subjectBefore(text, from, verb.start, mentions), verb.start, verb.end, findPerson);
}

/** How far a name may follow the closing mark, after its title or role, in characters. */
const TITLE_REACH = 40;

/** Whether `words`, before a name, can only be its title or role: four words at most, no punctuation but a title's dot. */
function isTitle(words: string): boolean {
	return !/[,;:!?“”"«»()]/u.test(words) && !maskTitleDots(words).includes('.') && words.split(' ').length <= 5;
}

/** A short parenthesis right after a name: `(D-Ohio)`, `(R)`. */
const PARTY_AND_STATE = /^[ \t]*\([^()\n]{1,30}\)/;

/** How far after a closing mark the verb may lie that follows a name and its appositive, in characters. */
const APPOSITIVE_REACH = 250;

/**
 * `“…,” Ann Lee, legal director of the rights group …, said`, `“…,” Lee, who has proposed …, said`: a name right after the
 * quote, set off by a comma, and a speech verb after the comma that closes its appositive, however many words lie between
 * (a speech verb inside the appositive is passed over).
 */
function nameWithAppositive({ text, mentions, verbs, findPerson }: Finder, from: number, to: number): Attribution | undefined {
	// The name may follow a title or role: "Rep. Ann Lee", "Texas delegate Ann Lee".
	if ((classAt(text, from) & UPPER) === 0) return undefined;
	const named = mentions.first(from, from + TITLE_REACH);
	if (named === undefined) return undefined;
	// "Ann Lee (D-Ohio), a member of …, said": a party and state in parentheses may come between the name and its comma.
	let comma = named.end;
	if (text.charCodeAt(comma) !== 0x2c) {
		if (text.charCodeAt(skipWhiteSpace(text, comma, comma + 2)) !== 0x28) return undefined;
		comma += PARTY_AND_STATE.exec(text.slice(comma, comma + 40))?.[0].length ?? 0;
		if (text.charCodeAt(comma) !== 0x2c) return undefined;
	}
	if (!isTitle(text.slice(from, named.start))) return undefined;
	for (const verb of verbs.within(comma + 1, Math.min(to, from + APPOSITIVE_REACH))) {
		if (ENDS_ATTRIBUTION.test(maskTitleDots(text.slice(named.end, verb.start)))) return undefined;
		if (verb.participle || text.charCodeAt(lastNonSpaceBefore(text, verb.start)) !== 0x2c) continue;
		return resolveSubject(text, { kind: 'named', start: named.start, end: named.end, mention: named }, verb.start, verb.end, findPerson);
	}
	return undefined;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another']);

/** Whether the first word after a quote, before a comma, starts no subject: a preposition or a verb, not "the" or a name. */
function opensClauseBeforeComma(text: string, from: number, to: number): boolean {
	const wordStart = skipWhiteSpace(text, from, to);
	const word = text.slice(wordStart, runEnd(text, wordStart, to, LETTER | JOINER));
	if (NOT_A_SUBJECT_START.has(word.toLowerCase())) return true;
	return word !== '' && (classAt(text, wordStart) & LOWER) !== 0 && !DETERMINERS.has(word);
}

/** The most words of a name set off inside a quote (John Paul George Ringo): a longer one is not taken. */
const NAME_WORDS = 4;

/** `“If it depended on us – he explained – there would be no wars”`: an attribution set off inside the quote. */
export function interruption({ text, mentions, verbs, findPerson }: Finder, span: QuotedSpan): Attribution | undefined {
	const from = span.start;
	const to = Math.min(span.end, from + INTERRUPTION_REACH);
	// Only a speech verb inside the quote, followed by a comma or a dash, can make a match count.
	if (!verbs.within(from, to).some((verb) => closesInterruption(text, verb.end))) return undefined;
	for (let at = nextInterruptionDelimiter(text, from, to); at >= 0; ) {
		const match = interruptionAt(text, at, to);
		if (match === undefined || match.nameWords > NAME_WORDS) {
			at = nextInterruptionDelimiter(text, at + 1, to);
			continue;
		}
		const verb = verbs.first(match.verbStart, match.verbEnd);
		if (verb !== undefined) return resolveSubject(text, classifyPhrase(text, match.nameStart, match.nameEnd, mentions), verb.start, verb.end, findPerson);
		at = nextInterruptionDelimiter(text, match.end, to);
	}
	return undefined;
}

/** `according to Washington`, anywhere in `[from, to)`. */
export function accordingTo({ text, mentions, findPerson }: Finder, from: number, to: number): Attribution | undefined {
	const window = text.slice(from, to);
	const cue = sourceCue(window);
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
export function attributionBefore(context: Finder, from: number, to: number, sentenceStart: number): Attribution | undefined {
	const { text, mentions, findPerson } = context;
	const found = context.verbs.within(from, to);
	// "When Lee asked for a photo, Kim said, “…”", "Lee said Kim called it “…”": the last verb before the quote, with a
	// subject of its own that names someone (a person, unless the verb runs into the quote), outweighs an earlier one:
	// the quoted words are that subject's.
	const last = found.length > 1 ? found[found.length - 1] : undefined;
	if (last !== undefined && !last.participle) {
		const own = ownSubject(text, mentions, last, from, to);
		const attribution = own && !isInfinitive(text, from, last.start) ? resolveSubject(text, own, last.start, last.end, findPerson) : undefined;
		if (attribution?.speaker) return attribution;
	}
	// "While not all Lee says is true, Kim said it is “…”": a verb in an opening subordinate clause is tried last.
	const introEnd = from === sentenceStart && found.length > 1 ? introductoryClauseEnd(text, from, to) : -1;
	const ordered = introEnd < 0 ? found : [...found.filter((verb) => verb.start > introEnd), ...found.filter((verb) => verb.start < introEnd)];
	for (const verb of ordered) {
		const attribution = attributionAtVerb(context, verb, from, to, sentenceStart);
		if (attribution) return attribution;
	}
	return undefined;
}

/** Words that open a subordinate clause before the main one: "When Lee asked …, Kim said". */
const SUBORDINATORS = new Set('while when whenever after although though as if because since before once whereas unless until'.split(' '));

/** The comma that ends a subordinate clause opening `[from, to)` ("While …,"), or -1 where the text opens otherwise. */
function introductoryClauseEnd(text: string, from: number, to: number): number {
	const start = skipWhiteSpace(text, from, to);
	const word = text.slice(start, runEnd(text, start, to, LETTER)).toLowerCase();
	if (!SUBORDINATORS.has(word)) return -1;
	return commaWithin(text, start, to);
}

/**
 * The named subject of `verb`, the last before a quote ending `[from, to)`, where it outweighs earlier verbs: any name
 * when the verb runs into the quote (`Lee said: “`), else a person's name heading the verb (`Lee later called it “`).
 */
function ownSubject(text: string, mentions: MentionIndex, verb: VerbMatch, from: number, to: number): Subject | undefined {
	if (leadsIntoQuote(text, verb.end, to)) {
		// Only a name shortly before the verb can be its subject: most quotes skip the subject search.
		if (mentions.first(Math.max(from, verb.start - SUBJECT_REACH), verb.start) === undefined) return undefined;
		const subject = subjectBefore(text, from, verb.start, mentions);
		return subject.kind === 'named' ? subject : undefined;
	}
	const head = mentions.last(Math.max(from, verb.start - HEAD_REACH), verb.start);
	if (head === undefined || head.actor.kind !== 'person' || !headsVerb(text, from, head, verb.start)) return undefined;
	return { kind: 'named', start: head.start, end: head.end, mention: head };
}

/** How far before a verb the name heading it may end, past two adverbs or auxiliaries, in characters. */
const HEAD_REACH = 30;

/** How far before a verb its subject's name may end, past a title or an aside, in characters. */
const SUBJECT_REACH = 80;

/** Whether "to" comes right before the verb at `verbStart`, or before an adverb and it: "Lee to explain", "to further explain". */
function isInfinitive(text: string, from: number, verbStart: number): boolean {
	const before = wordBefore(text, from, verbStart);
	if (before === undefined) return false;
	const word = text.slice(before.start, before.end);
	if (word === 'to') return true;
	const earlier = LOWER_WORD.test(word) ? wordBefore(text, from, before.start) : undefined;
	return earlier !== undefined && text.slice(earlier.start, earlier.end) === 'to';
}

/** A word of lower-case ASCII letters. */
const LOWER_WORD = /^[a-z]+$/;

/** Words before a name that make it part of a longer phrase ("Lee of the Globe and Mail"), not a subject. */
const INSIDE_PHRASE = new Set('of and or for at from with in on by to'.split(' '));

/**
 * Whether `subject` heads the verb at `verbStart`: not inside a longer phrase ("of the Globe and Mail"), and with only
 * auxiliaries, adverbs and times before the verb ("Lee had already said").
 */
function headsVerb(text: string, from: number, subject: { start: number; end: number }, verbStart: number): boolean {
	const before = wordBefore(text, from, subject.start);
	if (before && INSIDE_PHRASE.has(text.slice(before.start, before.end).toLowerCase())) return false;
	return isBlank(text, subject.end, skipBetweenSubjectAndVerb(text, subject.end, verbStart));
}

/** Whether only white space, commas, colons and dashes fill `[from, to)`: `said, “`, `said: “`, before a quote at `to`. */
function leadsIntoQuote(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (!isWhiteSpace(code) && code !== 0x2c && code !== 0x3a && code !== 0x2013 && code !== 0x2014 && code !== 0x2d) return false;
	}
	return true;
}

/** The attribution that `verb`, before a quote in `[from, to)`, makes with its subject, if it has one. */
function attributionAtVerb({ text, mentions, findPerson }: Finder, verb: VerbMatch, from: number, to: number, sentenceStart: number): Attribution | undefined {
	let subject: Subject;
	if (verb.participle && !isProgressive(text, from, verb.start)) {
		if (from > sentenceStart) return undefined;
		subject = sentenceSubject(text, from, verb.start, mentions);
	} else {
		subject = subjectBefore(text, from, verb.start, mentions);
		if (subject.kind === 'none' && verb.invertible) subject = invertedBeforeQuote(text, subjectAfter(text, verb.end, to, mentions), to);
		if (subject.kind === 'none' && from === sentenceStart && followsConjunction(text, from, verb.start)) subject = sentenceSubject(text, from, verb.start, mentions);
	}
	return resolveSubject(text, subject, verb.start, verb.end, findPerson);
}

/** Words that end a clause's subject and start its verb: "said the judge had “…”" is no inversion. */
const FINITE_AUXILIARIES = new Set('is are was were has have had will would could should can may might must did does do'.split(' '));

/**
 * `subject`, found after a verb before a quote (`said Lavrov: “…`, `said a spokesman, “…`), where it is one: a name,
 * or words that run up to the quote and end in no auxiliary. "said his remarks were “…”", "said it was “…”" and "said
 * he voted “…”" report a clause, whose subject is not the speaker.
 */
function invertedBeforeQuote(text: string, subject: Subject, to: number): Subject {
	if (subject.kind === 'none' || subject.kind === 'named') return subject;
	if (!leadsIntoQuote(text, subject.end, to)) return NO_SUBJECT;
	const last = wordBefore(text, subject.start, subject.end);
	return last && FINITE_AUXILIARIES.has(text.slice(last.start, last.end).toLowerCase()) ? NO_SUBJECT : subject;
}

const NO_SUBJECT: Subject = { kind: 'none' };

/** "… and wrote", "… but added": a verb sharing its subject with an earlier one. */
function followsConjunction(text: string, from: number, verbStart: number): boolean {
	return /(?:^|[\s,])(?:and|but|or)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?$/u.test(text.slice(Math.max(from, verbStart - 24), verbStart));
}
