/**
 * Resolves "he", "she" and "the minister" to a person: the one whose role fits, else the subject of a recent sentence,
 * else the person last quoted when that was recent, else the last person named (outside quotes).
 */
import type { IndexedMention, MentionIndex } from './mentionIndex';
import type { PersonFinder } from './resolveSpeaker';
import type { SentenceIndex } from './sentenceIndex';
import { UPPER, classAt, commaWithin, lastNonSpace, wordBefore } from './textScan';

/** How far back the last person quoted is still the one "he" or "she" most likely means, in characters. */
const SPEAKER_MEMORY = 800;
/** How many sentences back a pronoun looks for a person as subject. */
const SENTENCES_BACK = 3;
/** Words that put a name inside a phrase rather than at the head of the sentence ("in Kiev", "of Trump"). */
const NOT_BEFORE_SUBJECT = new Set('in of to with for by about against from at on as than and or but that like after before over under into'.split(' '));

/** How long an opening phrase before the subject may be ("In a White House statement on Friday,"), in characters. */
const INTRODUCTION_REACH = 80;
/** The start of an opening phrase: a preposition, maybe after a leading conjunction. */
const INTRODUCTION = /\s*(?:(?:But|And|Yet)\s+)?(?:In|At|On|During|After|Before|Speaking\s+(?:to|on|at|with)|From|With|Via|Through|Under|For)\s/y;

/** A person finder that also learns who was last quoted. */
export interface PeopleInText {
	findPerson: PersonFinder;
	/** Records that the actor `id` was quoted, the quote ending at `at`. */
	noteSpeaker(id: string, at: number): void;
}

/** The resolver for one text. */
export function peopleInText(text: string, mentions: MentionIndex, sentences: SentenceIndex): PeopleInText {
	let lastSpeaker: { id: string; at: number } | undefined;
	const subjectBefore = (position: number): string | undefined => {
		for (let sentence = sentences.indexAt(position), back = 0; sentence >= 0 && back < SENTENCES_BACK; sentence--, back++) {
			const start = sentences.range(sentence)?.[0] ?? 0;
			const subject = sentenceSubjectPerson(text, mentions, start, Math.min(position, start + 120));
			if (subject) return subject.actor.id;
		}
		return undefined;
	};
	return {
		findPerson(position, title) {
			const byRole = title === undefined ? undefined : mentions.lastPersonBefore(position, (mention) => hasTitle(text, mention, title));
			if (byRole) return byRole.actor.id;
			const subject = subjectBefore(position);
			if (subject) return subject;
			if (lastSpeaker && position - lastSpeaker.at <= SPEAKER_MEMORY) return lastSpeaker.id;
			return mentions.lastPersonBefore(position)?.actor.id ?? null;
		},
		noteSpeaker(id, at) {
			if (mentions.isPerson(id)) lastSpeaker = { id, at };
		},
	};
}

/** The abbreviations that stand for a title before a name: "Gov. Ann Lee" is a governor. */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = { governor: 'gov.', senator: 'sen.', president: 'pres.', secretary: 'sec.', ambassador: 'amb.', general: 'gen.' };
/** The longest title word read before a name ("commissioner"), in characters. */
const TITLE_LENGTH = 16;

/**
 * Whether the person named by `mention` bears `title` ("minister", "governor"), spelt out or abbreviated ("gov."): in the
 * actor's role ("New Jersey Gov.") or as the capitalised word right before this mention ("President Ann Lee").
 */
function hasTitle(text: string, mention: IndexedMention, title: string): boolean {
	const abbreviation = TITLE_ABBREVIATIONS[title];
	const role = mention.actor.role?.toLowerCase();
	if (role !== undefined && (role.includes(title) || (abbreviation !== undefined && role.includes(abbreviation)))) return true;
	const end = lastNonSpace(text, 0, mention.start) + 1;
	const dotted = text.charCodeAt(end - 1) === 0x2e;
	const word = wordBefore(text, Math.max(0, end - TITLE_LENGTH), dotted ? end - 1 : end);
	if (word === undefined || (classAt(text, word.start) & UPPER) === 0) return false;
	const spelt = dotted ? abbreviation : title;
	const length = word.end - word.start + (dotted ? 1 : 0);
	return spelt !== undefined && length === spelt.length && text.slice(word.start, word.start + length).toLowerCase() === spelt;
}

/** The person who opens the sentence at `start` (after an introductory phrase and a title at most), looking before `to`. */
export function sentenceSubjectPerson(text: string, mentions: MentionIndex, start: number, to: number): IndexedMention | undefined {
	let first = mentions.first(start, to);
	// "In a White House statement, Obama …": a name inside an opening phrase is passed over, to the clause after it.
	if (first !== undefined && first.actor.kind !== 'person') {
		const comma = commaWithin(text, first.end, Math.min(to, start + INTRODUCTION_REACH));
		INTRODUCTION.lastIndex = start;
		if (comma >= 0 && INTRODUCTION.test(text)) first = mentions.first(comma, to);
	}
	if (first === undefined || first.actor.kind !== 'person' || first.end > to || /^[’']s\b/u.test(text.slice(first.end, first.end + 3))) return undefined;
	const lead = text.slice(start, first.start);
	if (/[“”"«»]/u.test(lead)) return undefined;
	const head = lead.slice(lead.lastIndexOf(',') + 1).split(/\s+/u).filter(Boolean);
	return head.length > 6 || head.some((word) => NOT_BEFORE_SUBJECT.has(word.toLowerCase())) ? undefined : first;
}
