/** Finds the words that name who speaks: the subject before a speech verb, after an inverted one, or after "according to". */
import type { IndexedMention, MentionIndex } from './mentionIndex';
import { MEDIUM_LINK } from './speechVerbs';
import { JOINER, LETTER, NUMBER, UPPER, classAt, indexOfClass, isBlank, isSpace, isWordCharacter, lastNonSpace, runEnd, skipWhiteSpace, trimWhiteSpaceEnd, wordBefore } from './textScan';

/** Who a phrase names: an actor's mention, a pronoun or a description to resolve, someone unnamed, or nothing at all. */
export type Subject =
	| { kind: 'named'; start: number; end: number; mention: IndexedMention }
	| { kind: 'pronoun'; start: number; end: number }
	| { kind: 'description'; start: number; end: number; title?: string }
	| { kind: 'unnamed'; start: number; end: number }
	| { kind: 'none' };

const NONE: Subject = { kind: 'none' };

/** Words between a subject and its verb: auxiliaries, negation, frequent adverbs ("had already stated", "is expected to propose"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(
	'also had has have is was were are been being be will would could can may might should must shall did does do not never already later earlier then again once further still just even only now expected likely set going to first finally reportedly allegedly apparently previously recently publicly repeatedly often always itself himself herself themselves'.split(' '),
);
const DAYS_AND_TIMES = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning evening afternoon night week weekend month year'.split(' '));

/** Whether `lower`, a word in lower case, names a day or a time; a long s "ſ" counts as "s", as in case-insensitive patterns. */
function isDayOrTime(lower: string): boolean {
	return DAYS_AND_TIMES.has(lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower);
}
const TIME_LEAD = new Set(['on', 'last', 'this', 'early', 'late', 'next', 'that']);
/** Words that start a clause, so a subject begins after them. */
const CLAUSE_START = new Set('that and but while as when because if after before although where since so whereas though than what who which whom whether'.split(' '));
const PERSON_PRONOUNS = new Set(['he', 'she']);
const OTHER_PRONOUNS = new Set(['they', 'it', 'we', 'i', 'you']);
/** Role nouns that let "the minister" stand for a person named earlier. */
const ROLE_NOUNS = 'minister|president|secretary|spokesman|spokeswoman|spokesperson|head|chief|leader|chancellor|premier|senator|governor|candidate|nominee|ambassador|diplomat|general|mayor|king|queen|director|chairman|chairwoman|commissioner|envoy|congressman|congresswoman|lawmaker|representative|prosecutor|judge|emir|prince';
/** "the minister", "this former foreign minister": a determiner, up to five words, and a role noun. */
const ROLE = new RegExp(String.raw`^(?:the|this|that)\s+(?:[\p{L}’'-]+\s+){0,5}?(${ROLE_NOUNS})\b`, 'iu');
const ROLE_NOUN_SET = new Set(ROLE_NOUNS.split('|'));
/** Any role noun, in ASCII case only: a quick test that most phrases ("the Kremlin") fail. */
const MAY_NAME_ROLE = new RegExp(ROLE_NOUNS, 'i');
const ROLE_DETERMINERS = new Set(['the', 'this', 'that']);
const ROLE_LEAD_WORDS = 5;

/** The end of the run of ASCII word characters (`\w`) from `i` in `phrase`. */
function asciiWordEnd(phrase: string, i: number): number {
	for (let code = phrase.charCodeAt(i); (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f; code = phrase.charCodeAt(++i));
	return i;
}

/**
 * The role noun, in lower case, that `ROLE` finds in `phrase`, read in code: the pattern takes over a millisecond to
 * compile. Only a phrase with "ſ" or the Kelvin sign, which a case-insensitive pattern reads as "s" and "k", goes to it.
 */
function roleOf(phrase: string): string | undefined {
	if (phrase.includes('\u017f') || phrase.includes('\u212a')) return ROLE.exec(phrase)?.[1].toLowerCase();
	if (!MAY_NAME_ROLE.test(phrase)) return undefined;
	const leadEnd = asciiWordEnd(phrase, 0);
	let at = skipWhiteSpace(phrase, leadEnd, phrase.length);
	if (at === leadEnd || !ROLE_DETERMINERS.has(phrase.slice(0, leadEnd).toLowerCase())) return undefined;
	// The fewest words before a role noun, as the lazy `{0,5}?` takes them; the noun ends at a word boundary.
	for (let words = 0; ; words++) {
		const noun = phrase.slice(at, asciiWordEnd(phrase, at)).toLowerCase();
		if (ROLE_NOUN_SET.has(noun)) return noun;
		const wordEnd = runEnd(phrase, at, phrase.length, LETTER | JOINER);
		const next = skipWhiteSpace(phrase, wordEnd, phrase.length);
		if (words === ROLE_LEAD_WORDS || wordEnd === at || next === wordEnd) return undefined;
		at = next;
	}
}

/** "Sources in Kiev", "a spokesman for Clinton", "officials close to the Kremlin": unnamed people attached to a name. */
const GENERIC_SOURCE = String.raw`(?:sources?|officials?|spokes(?:man|woman|person|people)|aides?|diplomats?|people|experts?|analysts?|insiders?|advis[eo]rs?|representatives?|members?|staff(?:ers)?|someone|employees?|allies|supporters|critics)`;
const GENERIC_SOURCE_OF = new RegExp(String.raw`\b${GENERIC_SOURCE}\s+(?:\p{Ll}+\s+){0,3}?(?:in|at|from|close\s+to|near|with|of|for|inside|within|to)\s+[^,]*$`, 'iu');
/**
 * The generic words alone, in ASCII case only: cheap to compile and run. Where a text has neither "ſ" nor the Kelvin
 * sign (the only characters that Unicode case folding maps to ASCII letters), `GENERIC_SOURCE_OF` cannot match without it.
 */
const MAY_NAME_GENERIC_SOURCE = new RegExp(GENERIC_SOURCE, 'i');

/** Whether `text[start, end)` names unnamed people attached to a name ("sources in", "a spokesman for"), as `GENERIC_SOURCE_OF` tells. */
function namesGenericSource(text: string, start: number, end: number): boolean {
	if (end - start < GENERIC_SOURCE_MIN_LENGTH) return false;
	const phrase = text.slice(start, end);
	if (!MAY_NAME_GENERIC_SOURCE.test(phrase) && !phrase.includes('\u017f') && !phrase.includes('\u212a')) return false;
	return GENERIC_SOURCE_OF.test(phrase);
}

/** The shortest text `GENERIC_SOURCE_OF` can match ("aide in "): shorter text is not run through its slow Unicode classes. */
const GENERIC_SOURCE_MIN_LENGTH = 8;

/** Whether `phrase` opens with "th" in any case, as `ROLE` needs ("the", "this", "that"): most phrases are names. */
function startsWithTh(phrase: string): boolean {
	return (phrase.charCodeAt(0) | 0x20) === 0x74 && (phrase.charCodeAt(1) | 0x20) === 0x68;
}

/** Role nouns precise enough to pick among earlier people by their role ("the minister" → the one whose role says minister). */
const TITLES = new Set(['minister', 'president', 'secretary', 'chancellor', 'premier', 'senator', 'governor', 'ambassador', 'mayor', 'king', 'queen', 'emir', 'prince', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'candidate', 'nominee', 'envoy', 'prosecutor', 'judge']);

/** Words that cannot open the subject of an attribution after a quote ("“mutual respect” with the United States and denied"). */
export const NOT_A_SUBJECT_START = new Set(
	'with in on at for to from by of about and but or as that which who while when after before between against is are was were has have had will would could can may might should than into over under without despite during since until because if so then not also'.split(' '),
);

/** A title or initial before a name: "Gov.", "Sen.", "J.". */
const ABBREVIATION = /(?<![\p{L}])\p{Lu}\p{Ll}{0,3}\./gu;

/** `phrase` with the dot of each title or initial made `_`, so that it does not end a sentence; same length. */
export function maskTitleDots(phrase: string): string {
	// The scan for titles is slow (a Unicode letter class at every position): most phrases have no dot at all.
	return phrase.includes('.') ? phrase.replace(ABBREVIATION, (title) => `${title.slice(0, -1)}_`) : phrase;
}

/** The subject of the speech verb starting at `verbStart`, looking back no further than `from`. */
export function subjectBefore(text: string, from: number, verbStart: number, mentions: MentionIndex): Subject {
	let end = skipParenthesis(text, from, skipBetweenSubjectAndVerb(text, from, verbStart));
	// "Lee, at a meeting in Dayton, Ohio, said": a place set off by commas locates someone named before it.
	let place: Subject | undefined;
	for (let parentheticals = 0; parentheticals < 4; parentheticals++) {
		const closing = lastNonSpace(text, from, end);
		const delimiter = closing < 0 ? NaN : text.charCodeAt(closing);
		if (delimiter !== 0x2c && delimiter !== 0x2013 && delimiter !== 0x2014) break;
		const opening = lastDelimiter(text, from, closing, delimiter === 0x2c);
		const segmentStart = opening < 0 ? from : opening + 1;
		const wordStart = skipWhiteSpace(text, segmentStart, closing);
		const firstWord = text.slice(wordStart, runEnd(text, wordStart, closing, LETTER | NUMBER));
		// ", Nikolai Patrushev, repeated" and ", the head of …, said" name the subject; ", in his turn, expressed" is skipped.
		if (startsAppositive(text, wordStart, firstWord) && !CLAUSE_START.has(firstWord.toLowerCase())) {
			const appositive = classifyPhrase(text, segmentStart, closing, mentions);
			const person = appositive.kind === 'named' && appositive.mention.actor.kind === 'person';
			if (opening >= 0 && appositive.kind === 'named' && appositive.mention.actor.kind === 'place' && endsWithPlace(text, from, opening, mentions)) {
				place ??= appositive;
				end = opening + 1;
				continue;
			}
			// Past a place, only a name that closes its segment ("Lee, in Dayton, Ohio,") is its subject, not one inside a clause.
			if (place && !(person && isBlank(text, appositive.end, closing))) return place;
			if (opening < 0 || person) return appositive;
			// "Howard Dean, the former governor of Vermont, said": the name before the description is the subject.
			const before = classifyPhrase(text, phraseStart(text, from, opening), opening, mentions);
			return before.kind === 'named' && before.mention.actor.kind === 'person' ? before : appositive;
		}
		if (opening < 0) return place ?? NONE;
		end = opening + 1;
	}
	const subject = classifyPhrase(text, phraseStart(text, from, end), end, mentions);
	return subject.kind === 'none' && place ? place : subject;
}

/** Whether a place is named right before `end` ("Dayton" in "Dayton, Ohio"). */
function endsWithPlace(text: string, from: number, end: number, mentions: MentionIndex): boolean {
	const last = mentions.last(Math.max(from, end - 40), end);
	return last !== undefined && last.actor.kind === 'place' && isBlank(text, last.end, end);
}

const APPOSITIVE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** An appositive starts with a name, a number or a determiner; an aside with a preposition or an adverb. */
function startsAppositive(text: string, wordStart: number, word: string): boolean {
	return (word !== '' && (classAt(text, wordStart) & (UPPER | NUMBER)) !== 0) || APPOSITIVE_DETERMINERS.has(word);
}

/** Moves back over a parenthesis right before `end`, as in "Sen. Bernie Sanders (I-Vt.) said". */
function skipParenthesis(text: string, from: number, end: number): number {
	const closing = lastNonSpace(text, from, end);
	if (closing < 0 || text[closing] !== ')') return end;
	const opening = text.lastIndexOf('(', closing);
	return opening >= from && closing - opening < 40 ? opening : end;
}

const FORMS_OF_BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am']);
const ADVERB = /^(?:also|still|now|again|already|reportedly|\p{Ll}+ly)$/u;

/** Whether the -ing verb at `verbStart` is a progressive ("is labeling", "He’s predicting") rather than a participle. */
export function isProgressive(text: string, from: number, verbStart: number): boolean {
	let word = wordBefore(text, from, verbStart);
	for (let skipped = 0; word && skipped < 3 && ADVERB.test(text.slice(word.start, word.end)); skipped++) word = wordBefore(text, from, word.start);
	if (!word) return false;
	const before = text.slice(word.start, word.end).toLowerCase();
	return FORMS_OF_BE.has(before) || /[’'](?:s|re)$/u.test(before);
}

/**
 * The subject of a whole sentence, for a participle or a second verb ("Trump returned the compliment, telling Reuters",
 * "Germak praised the meetings and wrote"): a leading "he" or "she", else its first person named, else an actor that
 * opens it, else a leading "the minister".
 */
export function sentenceSubject(text: string, from: number, to: number, mentions: MentionIndex): Subject {
	let start = from;
	while (start < to && !isWordCharacter(text.charCodeAt(start))) start++;
	const firstWord = text.slice(start, runEnd(text, start, start + 8, LETTER)).toLowerCase();
	if (PERSON_PRONOUNS.has(firstWord)) return { kind: 'pronoun', start, end: start + firstWord.length };
	const found = mentions.within(from, to);
	const leading = found[0] !== undefined && found[0].start - start < 40 && !text.slice(start, found[0].start).includes(',') ? found[0] : undefined;
	const named = found.find((mention) => mention.actor.kind === 'person') ?? leading;
	if (named) return { kind: 'named', start: named.start, end: named.end, mention: named };
	const chunk = text.slice(start, Math.min(to, start + 60));
	const subject = classifyPhrase(text, start, start + (chunk.includes(',') ? chunk.indexOf(',') : chunk.length), mentions);
	return subject.kind === 'description' ? subject : NONE;
}

/** The subject after an inverted verb ("said Lavrov", "said the spokesman …, Ned Price"), up to `to`. */
export function subjectAfter(text: string, verbEnd: number, to: number, mentions: MentionIndex): Subject {
	const windowEnd = Math.min(to, verbEnd + 120);
	const wordStart = skipWhiteSpace(text, verbEnd, windowEnd);
	const firstWord = wordStart > verbEnd ? text.slice(wordStart, runEnd(text, wordStart, windowEnd, LETTER)).toLowerCase() : '';
	if (firstWord === '' || NOT_A_SUBJECT_START.has(firstWord) || isDayOrTime(firstWord)) return NONE;
	const window = text.slice(verbEnd, windowEnd);
	// "said Rep. Bobby Scott": the dot of a title does not end the phrase.
	const stop = /[.;:!?“”"«»]|\s(?:who|which|that|in|on|at|during|after|before|to|when|while|as|adding|according|but|and|about|of\s+the\s+\p{Ll})\s/u.exec(
		maskTitleDots(window),
	);
	const end = verbEnd + (stop ? stop.index : window.length);
	return classifyPhrase(text, verbEnd, end, mentions, 'first');
}

/** The source named after "according to", up to the next comma or `to`. */
export function sourceAfterAccordingTo(text: string, from: number, to: number, mentions: MentionIndex): Subject {
	const window = text.slice(from, Math.min(to, from + 120));
	const stop = /[,.;:!?“”"«»]/u.exec(window);
	return classifyPhrase(text, from, from + (stop ? stop.index : window.length), mentions, 'first');
}

/** What `text[start, end)` names: an actor mention (a person first), a pronoun, a role description, or an unnamed source. */
export function classifyPhrase(text: string, start: number, end: number, mentions: MentionIndex, prefer: 'first' | 'last' = 'last'): Subject {
	const medium = MEDIUM_LINK.exec(text.slice(start, end));
	if (medium) end = start + medium.index;
	start = skipWhiteSpace(text, start, end);
	end = trimWhiteSpaceEnd(text, start, end);
	if (end <= start) return NONE;
	const phrase = text.slice(start, end);
	const named = pickMention(mentions.within(start, end), prefer);
	const role = startsWithTh(phrase) ? roleOf(phrase) : undefined;
	// "The President of the United States" describes a person; the place it names is not the speaker.
	if (named && namesGenericSource(text, start, named.start)) return { kind: 'unnamed', start, end };
	if (named && (named.actor.kind === 'person' || role === undefined)) {
		return { kind: 'named', start: Math.max(start, named.start), end: Math.min(end, named.end), mention: named };
	}
	let wordEnd = end;
	while (wordEnd > start && !isWordCharacter(text.charCodeAt(wordEnd - 1))) wordEnd--;
	const last = wordBefore(text, start, wordEnd);
	const lastWord = last ? withoutContraction(text.slice(last.start, last.end).toLowerCase()) : '';
	if (last && PERSON_PRONOUNS.has(lastWord)) return { kind: 'pronoun', start: last.start, end: last.end };
	if (last && OTHER_PRONOUNS.has(lastWord)) return { kind: 'unnamed', start: last.start, end: last.end };
	if (role !== undefined) return { kind: 'description', start, end, title: TITLES.has(role) ? role : undefined };
	return indexOfClass(text, start, end, LETTER) >= 0 ? { kind: 'unnamed', start, end } : NONE;
}

/** The first (or last) person among `found`, else its first (or last) mention. */
function pickMention(found: readonly IndexedMention[], prefer: 'first' | 'last'): IndexedMention | undefined {
	const step = prefer === 'first' ? 1 : -1;
	for (let i = prefer === 'first' ? 0 : found.length - 1; i >= 0 && i < found.length; i += step) if (found[i].actor.kind === 'person') return found[i];
	return prefer === 'first' ? found[0] : found[found.length - 1];
}

/** `word` without a trailing "’s", "’re", "’ll", "’d" or "’ve". */
function withoutContraction(word: string): string {
	return word.includes('’') || word.includes("'") ? word.replace(/[’'](?:s|re|ll|d|ve)$/u, '') : word;
}

/** Moves back from a verb over auxiliaries, adverbs and "on Sunday"-style times; returns the new end. */
export function skipBetweenSubjectAndVerb(text: string, from: number, end: number): number {
	for (let words = 0; words < 8; words++) {
		const found = wordBefore(text, from, end);
		if (!found) break;
		const word = text.slice(found.start, found.end);
		const lower = word.toLowerCase();
		if (isDayOrTime(lower)) {
			const lead = wordBefore(text, from, found.start);
			if (!lead || !TIME_LEAD.has(text.slice(lead.start, lead.end).toLowerCase())) break;
			end = lead.start;
		} else if (word === lower && (BETWEEN_SUBJECT_AND_VERB.has(lower) || (lower.endsWith('ly') && lower.length > 4))) {
			end = found.start;
		} else {
			break;
		}
	}
	return end;
}

/** The last comma (or en or em dash) in `text[from, before)`, less than 200 characters back; -1 when there is none. */
function lastDelimiter(text: string, from: number, before: number, comma: boolean): number {
	if (before <= from) return -1;
	const found = comma ? text.lastIndexOf(',', before - 1) : Math.max(text.lastIndexOf('\u2013', before - 1), text.lastIndexOf('\u2014', before - 1));
	return found >= from && before - found < 200 ? found : -1;
}

/** Start of the noun phrase ending at `end`: after the last clause boundary (punctuation or a clause word), at most 12 words back. */
function phraseStart(text: string, from: number, end: number): number {
	let start = end;
	for (let words = 0; words < 12; words++) {
		const found = wordBefore(text, from, start);
		if (!found) break;
		const word = text.slice(found.start, found.end);
		if (CLAUSE_START.has(word) || (found.start === from && CLAUSE_START.has(word.toLowerCase()))) break;
		start = found.start;
	}
	while (start < end && isSpace(text.charCodeAt(start))) start++;
	return start;
}
