/** Splits a name part at connectors into chunks, keeping known names, particles and "X of Y" organisations whole. */
import type { ActorKind } from '../types';
import { hasLowerCase, startsLowerCase } from './asciiTwins';
import type { Token } from './candidates';
import type { GazetteerEntry } from './gazetteer';
import { lower } from './mention';
import { longestKnown, type MentionContext } from './textContext';
import { COMMON_WORDS, MONTHS_AND_WEEKDAYS, NAME_PARTICLES, NON_ACTOR_WORDS, ORGANIZATION_HEADS, ORGANIZATION_SUFFIXES, ROLE_QUALIFIERS, TITLE_WORDS } from './vocabulary';

/** Tokens without leading and trailing connectors (and without a lone trailing number). */
export function trimConnectors(tokens: Token[]): Token[] {
	let start = 0;
	let end = tokens.length;
	while (start < end && tokens[start].connector) start++;
	while (end > start && (tokens[end - 1].connector || /^\d+$/.test(tokens[end - 1].text) && end - 1 === start)) end--;
	return tokens.slice(start, end);
}

/** A run of name tokens classified together. */
export interface Chunk {
	tokens: Token[];
	entry?: GazetteerEntry;
	/** Kind decided while chunking: a city followed by a name is an organisation ("Boston Red Sox"). */
	kind?: ActorKind;
}

/** End of the run of unknown, ordinary capitalised words from token `i`. */
function plainNamesEnd(tokens: readonly Token[], i: number, ctx: MentionContext): number {
	let end = i;
	while (end < tokens.length && isPlainName(tokens[end].text, ctx) && !longestKnown(tokens, end, ctx)) end++;
	return end;
}

function isPlainName(word: string, ctx: MentionContext): boolean {
	const key = lower(word);
	return !/^[\d&]/.test(word) && hasLowerCase(word) && !COMMON_WORDS.has(key) && !TITLE_WORDS.has(key) && !ROLE_QUALIFIERS.has(key) && !MONTHS_AND_WEEKDAYS.has(key) && !NON_ACTOR_WORDS.has(key) && !ctx.gazetteer.isAdjective(word) && !startsLowerCase(word);
}

/**
 * Splits a name part at connectors into chunks, keeping together what belongs together: known names
 * (longest first), name particles ("bin", "van"), and "of"/"for" after an organisation head ("Bank of England").
 */
export function chunks(tokens: Token[], ctx: MentionContext): Chunk[] {
	const result: Chunk[] = [];
	let current: Token[] = [];
	const flush = () => {
		const trimmed = trimConnectors(current);
		if (trimmed.length > 0) result.push({ tokens: trimmed });
		current = [];
	};
	for (let i = 0; i < tokens.length; ) {
		const found = longestKnown(tokens, i, ctx);
		if (found && (current.length === 0 || found.length > 1)) {
			flush();
			const end = found.entry.kind === 'place' && !found.entry.country ? plainNamesEnd(tokens, i + found.length, ctx) : i + found.length;
			result.push(end > i + found.length ? { tokens: tokens.slice(i, end), kind: 'organization' } : { tokens: tokens.slice(i, end), entry: found.entry });
			i = end;
			continue;
		}
		const token = tokens[i];
		const lastWord = current.filter((t) => !t.connector).pop();
		const organizationSoFar = current.some((t) => ORGANIZATION_HEADS.has(lower(t.text))) || (current.length > 1 && lastWord !== undefined && ORGANIZATION_SUFFIXES.has(lower(lastWord.text)));
		const joins = !token.connector || NAME_PARTICLES.has(token.text) || (/^(?:of|for|the|in|on|at|de)$/.test(token.text) && organizationSoFar);
		const keepsOrgName = token.connector && result.length === 0 && current.length > 0 && ORGANIZATION_HEADS.has(lower(current[0].text));
		if (joins || keepsOrgName) current.push(token);
		else flush();
		i++;
	}
	flush();
	return result;
}
