/** Single capitalised words: acronyms, hyphenated pairs, and the kind of an unknown name guessed from its context. */
import type { ActorKind } from '../types';
import { regexFor } from './asciiTwins';
import type { Token } from './candidates';
import { isAcronym, known, lower, mention, type Mention } from './mention';
import { ROLE_NOUNS } from './roles';
import { wordBefore, type MentionContext } from './textContext';
import { COMMON_WORDS, MONTHS_AND_WEEKDAYS, NON_ACTOR_ACRONYMS, NON_ACTOR_WORDS, ORGANIZATION_SUFFIXES, ROLE_QUALIFIERS, TITLE_WORDS } from './vocabulary';

/** Words before a place name: "in Evansville". */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'into', 'toward', 'towards', 'throughout', 'around', 'via']);
/**
 * Shapes of words that are no names, in one regex (one test per word): endings of abstract nouns, doctrines and
 * disciplines ("Christianity", "Buddhism", "Linguistics", not "RealClearPolitics"), adjective endings no name has
 * ("Biblical", "Congressional", "Conservative", "Fabulous", "Endless") and plural acronyms, which name things ("CDs").
 */
const NOT_A_NAME_SHAPE = /\p{Ll}(?:ism|ity)$|^\p{Lu}\p{Ll}+ics$|^\p{Lu}\p{Ll}{2,}(?:ical|ional|tive|sive|ous|ful|less)$|^\p{Lu}{2,}s$/u;
const ASCII_NOT_A_NAME_SHAPE = /[a-z](?:ism|ity)$|^[A-Z][a-z]+ics$|^[A-Z][a-z]{2,}(?:ical|ional|tive|sive|ous|ful|less)$|^[A-Z]{2,}s$/;
/** Organisation words that alone name no one ("the Ministry said"). */
const GENERIC_BODIES = new Set(['ministry', 'department', 'agency', 'committee', 'commission', 'council', 'office', 'service', 'embassy', 'consulate', 'bureau', 'board', 'administration', 'government', 'authority', 'directorate', 'inc', 'corp', 'ltd', 'llc', 'plc', 'co']);
const PLACE_ENDING = /\p{Ll}(?:land|stan|shire|burg|burgh|ville|polis|grad)$/u;
const ASCII_PLACE_ENDING = /[a-z](?:land|stan|shire|burg|burgh|ville|polis|grad)$/;
/** Endings of company and media names: "Wikinews", "Microsoft", "Gazprom", "Naftogaz". */
const ORGANIZATION_ENDING = /\p{Ll}(?:news|media|soft|tech|prom|gaz)$/u;
const ASCII_ORGANIZATION_ENDING = /[a-z](?:news|media|soft|tech|prom|gaz)$/;
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const ASCII_INNER_CAPITAL = /^[A-Z][a-z]+[A-Z]/;
/** An initial: "J." */
const INITIAL = /^\p{Lu}\.$/u;
const ASCII_INITIAL = /^[A-Z]\.$/;
/** One part of a hyphenated pair of names: "Lavrov". */
const NAME_PART = /^\p{Lu}\p{Ll}+$/u;
const ASCII_NAME_PART = /^[A-Z][a-z]+$/;

/**
 * The mention a single capitalised word makes, if any. `initial` and `headline` make an unknown word tentative:
 * kept only where the text confirms the name elsewhere.
 */
export function classifyWord(token: Token, initial: boolean, headline: boolean, ctx: MentionContext): Mention[] {
	const word = token.text;
	const key = lower(word);
	if (word.length < 2 || NON_ACTOR_ACRONYMS.has(word) || COMMON_WORDS.has(key) || MONTHS_AND_WEEKDAYS.has(key) || GENERIC_BODIES.has(key) || ROLE_NOUNS.has(key) || ROLE_NOUNS.has(key.replace(/s$/, '')) || regexFor(word, ASCII_NOT_A_NAME_SHAPE, NOT_A_NAME_SHAPE).test(word) || TITLE_WORDS.has(key) || TITLE_WORDS.has(key.replace(/s$/, '')) || ROLE_QUALIFIERS.has(key) || NON_ACTOR_WORDS.has(key)) return [];
	if (ctx.gazetteer.isAdjective(word) || ctx.gazetteer.isLanguage(word) || regexFor(word, ASCII_INITIAL, INITIAL).test(word) || (/\d/.test(word) && !isAcronym(word))) return [];
	if (isAcronym(word)) {
		const titleCase = word.length > 3 && !word.includes('.') ? ctx.gazetteer.lookup(word[0] + word.slice(1).toLowerCase()) : undefined;
		if (titleCase) return [known([token], titleCase, ctx)];
		const organization = mention([token], 'organization', ctx);
		organization.tentative = headline || word.length > 4;
		return [organization];
	}
	if (word.includes('-') && !/^(?:al|el|ad|an|ar|as|at|az|ash|ul|bin|ibn)-/.test(word)) return hyphenated(token, ctx);
	const result = mention([token], guessKind(token, ctx), ctx);
	result.kindGuessed = true;
	result.tentative = initial || headline || ctx.lowerCaseWords.has(key);
	return [result];
}

/** Prefixes that make an adjective of a name: "Pro-Beijing", "Anti-Kremlin". */
const STANCE_PREFIXES = new Set(['Pro', 'Anti', 'Non', 'Post', 'Pre', 'Ex', 'Neo', 'Pan']);

/** "Lavrov-Blinken talks": a hyphenated pair of names is two tentative mentions; "Euro-Atlantic" and "Pro-Beijing" are none. */
function hyphenated(token: Token, ctx: MentionContext): Mention[] {
	const parts = token.text.split('-');
	if (parts.length !== 2 || STANCE_PREFIXES.has(parts[0]) || !parts.every((part) => regexFor(part, ASCII_NAME_PART, NAME_PART).test(part))) return [];
	const first: Token = { ...token, text: parts[0], end: token.start + parts[0].length };
	const second: Token = { ...token, text: parts[1], start: token.start + parts[0].length + 1 };
	return [first, second].map((part) => {
		const entry = ctx.gazetteer.lookup(part.text);
		if (entry) return known([part], entry, ctx);
		const result = mention([part], 'person', ctx);
		result.tentative = true;
		result.kindGuessed = true;
		return result;
	});
}

/** Kind of an unknown single name from the word before it and its shape: "in Evansville", "Kazakhstan", "the Academy", "YouTube", "Gazprom", "Army". */
function guessKind(token: Token, ctx: MentionContext): ActorKind {
	const before = lower(wordBefore(ctx.text, token.start));
	if (PLACE_PREPOSITIONS.has(before) || regexFor(token.text, ASCII_PLACE_ENDING, PLACE_ENDING).test(token.text)) return 'place';
	const organization = before === 'the' || regexFor(token.text, ASCII_INNER_CAPITAL, INNER_CAPITAL).test(token.text) || regexFor(token.text, ASCII_ORGANIZATION_ENDING, ORGANIZATION_ENDING).test(token.text);
	return organization || ORGANIZATION_SUFFIXES.has(lower(token.text)) ? 'organization' : 'person';
}
