/**
 * Attributions next to a quote: a speech verb and its subject after it ("…,” Lavrov said), inside it ("– he explained –"),
 * before it in its sentence ("Lavrov said that “…"), and "according to".
 */
import type { Finder, Windows } from './attributionContext';
import type { QuotedSpan } from './quoteMarks';
import { resolveSubject, type Attribution } from './resolveSpeaker';
import { isWhiteSpace } from '../text';
import { sourceCue } from './speechVerbs';
import { JOINER, LETTER, LOWER, classAt, isBlank, isWordCharacter, runEnd, skipWhiteSpace } from './textScan';
import { NOT_A_SUBJECT_START, classifyPhrase, maskTitleDots, isProgressive, sentenceSubject, sourceAfterAccordingTo, subjectAfter, subjectBefore, type Subject } from './subjectPhrase';

/** How much of a quote is searched for an interrupting "– he said –". */
const INTERRUPTION_REACH = 600;

/** White space and the punctuation between a closing mark and its attribution: `[\s,.;:!?–—-]`. */
function isLeadAfterQuote(code: number): boolean {
	return isWhiteSpace(code) || code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x2013 || code === 0x2014 || code === 0x2d;
}

/**
 * `“…,” Lavrov said`, `“…,” said Lavrov`, `“…” he insisted`, `“…” about the decision, said DeMoro`, `“…” are sickening,
 * Hollande said`: a speech verb within a few words after the closing mark (after a comma, where the quote was partial).
 */
export function attributionAfter({ text, mentions, verbs, findPerson }: Finder, span: QuotedSpan, windows: Windows): Attribution | undefined {
	const to = windows.attributionTo;
	let from = span.closeMarkEnd;
	while (from < to && isLeadAfterQuote(text.charCodeAt(from))) from++;
	const verb = verbs.first(from, Math.min(to, from + 100));
	if (verb === undefined || verb.participle) return undefined;
	const between = maskTitleDots(text.slice(from, verb.start));
	if (/[.!?;:“”"«»]/u.test(between)) return undefined;
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

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another']);

/** Whether the first word after a quote, before a comma, starts no subject: a preposition or a verb, not "the" or a name. */
function opensClauseBeforeComma(text: string, from: number, to: number): boolean {
	const wordStart = skipWhiteSpace(text, from, to);
	const word = text.slice(wordStart, runEnd(text, wordStart, to, LETTER | JOINER));
	if (NOT_A_SUBJECT_START.has(word.toLowerCase())) return true;
	return word !== '' && (classAt(text, wordStart) & LOWER) !== 0 && !DETERMINERS.has(word);
}

/**
 * `, he said,` / `– Lavrov added –` inside a quote: a pronoun or a name and a verb set off by commas or dashes. A name
 * has at most `NAME_WORDS` words, checked in code: `*` compiles several times faster than `{0,3}` here, and a name cut
 * short would be followed by a capital, never by the verb, so rejecting a longer name leaves the matches unchanged.
 */
const INTERRUPTION = /[,\u2013\u2014-]\s+(he|she|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+(\p{Ll}+)(?:\s+\p{L}+)?\s*[,\u2013\u2014-]/gu;
const NAME_WORDS = 4;

/** `“If it depended on us – he explained – there would be no wars”`: an attribution set off inside the quote. */
export function interruption({ text, mentions, verbs, findPerson }: Finder, span: QuotedSpan): Attribution | undefined {
	const from = span.start;
	const to = Math.min(span.end, from + INTERRUPTION_REACH);
	// Only a speech verb inside the quote, followed by a comma or a dash, can make a match count.
	if (!verbs.within(from, to).some((verb) => closesInterruption(text, verb.end))) return undefined;
	const content = text.slice(from, to);
	INTERRUPTION.lastIndex = 0;
	for (let match = INTERRUPTION.exec(content); match; match = INTERRUPTION.exec(content)) {
		if (match[1].split(/\s+/u).length > NAME_WORDS) {
			INTERRUPTION.lastIndex = match.index + 1;
			continue;
		}
		const verbStart = from + match.index + match[0].indexOf(match[2], match[0].indexOf(match[1]) + match[1].length);
		const verb = verbs.first(verbStart, verbStart + match[2].length);
		if (verb === undefined) continue;
		const subjectStart = from + match.index + match[0].indexOf(match[1]);
		return resolveSubject(text, classifyPhrase(text, subjectStart, subjectStart + match[1].length, mentions), verb.start, verb.end, findPerson);
	}
	return undefined;
}

/** The comma or dash that closes an interruption: `[,\u2013\u2014-]`. */
function isInterruptionDelimiter(code: number): boolean {
	return code === 0x2c || code === 0x2013 || code === 0x2014 || code === 0x2d;
}

/** Skips the letters from `i` on; digits and marks too, more than `\p{L}` takes, which is safe for a pre-test. */
function skipLetters(text: string, i: number): number {
	let code = text.charCodeAt(i);
	while (isWordCharacter(code) && code !== 0x2d && code !== 0x27 && code !== 0x2019) code = text.charCodeAt(++i);
	return i;
}

/**
 * Whether a verb ending at `verbEnd` may end an `INTERRUPTION` match: the rest of its word, at most one more word, then a
 * comma or a dash. Cheaper than running the pattern over the quote, and true wherever the pattern could take the verb.
 */
function closesInterruption(text: string, verbEnd: number): boolean {
	const wordEnd = skipLetters(text, verbEnd);
	const next = skipWhiteSpace(text, wordEnd, text.length);
	if (isInterruptionDelimiter(text.charCodeAt(next))) return true;
	if (next === wordEnd) return false;
	const nextWordEnd = skipLetters(text, next);
	return nextWordEnd > next && isInterruptionDelimiter(text.charCodeAt(skipWhiteSpace(text, nextWordEnd, text.length)));
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
export function attributionBefore({ text, mentions, verbs, findPerson }: Finder, from: number, to: number, sentenceStart: number): Attribution | undefined {
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
