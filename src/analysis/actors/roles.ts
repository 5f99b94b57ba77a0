/** Roles stated next to a name: "Putin’s spokesman, Dmitry Peskov", "Dmitry Peskov, Putin’s spokesman,", "Kremlin spokesman Dmitry Peskov". */
import { isWhiteSpace } from '../text';
import { regexFor } from './asciiTwins';
import type { Mention } from './mention';
import { wordBefore } from './textContext';
import { HONORIFICS, TITLE_WORDS } from './vocabulary';

/** Lower-case nouns that state a role ("spokesman", "analyst"). */
export const ROLE_NOUNS = new Set([...TITLE_WORDS].filter((word) => !HONORIFICS.has(word)).concat(['head', 'chief', 'analyst', 'economist', 'official', 'officials', 'executive', 'strategist', 'correspondent', 'reporter', 'editor', 'founder', 'owner', 'manager', 'member', 'members']));
const SEGMENT_AFTER = /^,\s*([^,;:()“”"\n.!?]{3,90}?)\s*(?=[,;.)])/u;
const LEADING_WORDS = /^(?:(?:and|by|of|from|to|with|for|as|said|says|according to|the|a|an)\s+)+/iu;
const VERBS = /\b(?:said|says|told|tells|is|was|were|are|has|had|have|will|would|did|does|met|spoke|added|stated|announced|warned|called)\b/giu;
const WORD = /[\p{L}’'-]+/gu;
const ASCII_WORD = /[A-Za-z’'-]+/g;

/** Lower-case role words right before a name, after a capitalised body or nationality: "Kremlin spokesman", "EU foreign policy chief". */
const ROLE_BEFORE = /(?:^|[\s(])((?:[\p{Lu}][\p{L}’'-]*\s+){0,3}(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))\s+$/u;
const ASCII_ROLE_BEFORE = /(?:^|[\s(])((?:[A-Z][A-Za-z’'-]*\s+){0,3}(?:[a-z-]+\s+){0,3}([a-z-]+))\s+$/;

const roleBefore = (before: string) => regexFor(before, ASCII_ROLE_BEFORE, ROLE_BEFORE).exec(before);

/** The role written next to a person mention, in an apposition or as lower-case words right before it, if any. */
export function appositiveRole(text: string, mention: Mention): string | undefined {
	const written = ROLE_NOUNS.has(wordBefore(text, mention.start)) ? roleBefore(text.slice(Math.max(0, mention.start - 60), mention.start)) : null;
	if (written && ROLE_NOUNS.has(written[2]) && isRole(written[1].replace(LEADING_WORDS, ''))) return written[1].replace(LEADING_WORDS, '').trim();
	const before = commaBefore(text, mention.start) ? segmentBefore(text, text.lastIndexOf(',', mention.start - 1)) : undefined;
	const after = text[mention.end] === ',' ? SEGMENT_AFTER.exec(text.slice(mention.end, mention.end + 100)) : null;
	for (const segment of [afterLastVerb(before), after?.[1]]) {
		const role = segment?.trim().replace(LEADING_WORDS, '').trim();
		if (role && isRole(role)) return role;
	}
	return undefined;
}

/** A comma then at most two white-space characters right before `index`. */
function commaBefore(text: string, index: number): boolean {
	const lowest = Math.max(0, index - 3);
	let i = index - 1;
	while (i >= lowest && isWhiteSpace(text.charCodeAt(i))) i--;
	return i >= lowest && text.charCodeAt(i) === 44;
}

/**
 * Matches (empty) at a comma's `lastIndex` after its clause: up to 90 chars other than , ; : ( “ ” " newline . ! ?
 * (captured), preceded by one of those or the text's start. Taking fewer chars cannot help (the char before would not
 * be one of those), so it matches exactly where a scan back to the previous punctuation mark stops on one.
 */
const SEGMENT_BEFORE = /(?<=(?:^|[,;:(“”"\n.!?])([^,;:(“”"\n.!?]{0,90}))/y;

/** The clause before the comma at `comma`: back to the previous punctuation mark, at most 90 characters. */
function segmentBefore(text: string, comma: number): string | undefined {
	SEGMENT_BEFORE.lastIndex = comma;
	const segment = SEGMENT_BEFORE.exec(text)?.[1].trim();
	return segment !== undefined && segment.length >= 3 ? segment : undefined;
}

/** "Biden met the Emir of Qatar" gives "the Emir of Qatar": a role before a name follows the clause's verb. */
function afterLastVerb(segment: string | undefined): string | undefined {
	if (segment === undefined) return undefined;
	let cut = 0;
	VERBS.lastIndex = 0;
	for (let match = VERBS.exec(segment); match; match = VERBS.exec(segment)) cut = match.index + match[0].length;
	return segment.slice(cut);
}

function isRole(phrase: string): boolean {
	const words = phrase.match(regexFor(phrase, ASCII_WORD, WORD)) ?? [];
	VERBS.lastIndex = 0;
	return words.length > 0 && words.length <= 12 && !VERBS.test(phrase) && words.some((word) => ROLE_NOUNS.has(word.toLowerCase()));
}
