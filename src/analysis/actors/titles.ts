/** Titles written before a name inside one capitalised sequence: "US Secretary of State Antony Blinken". */
import type { Token } from './candidates';
import type { GazetteerEntry } from './gazetteer';
import { longestKnown, type MentionContext } from './textContext';
import { HONORIFICS, ROLE_QUALIFIERS, TITLE_WORDS } from './vocabulary';

export interface TitlePrefix {
	/** Index of the first token of the name; 0 when there is no title, the token count when the sequence is all title. */
	nameStart: number;
	/** The title as written, without honorifics ("Emir of Qatar", not "Emir of Qatar Sheikh"). */
	role?: string;
	/** Known places and bodies inside the title ("US", "Qatar", "White House"): mentions of their own. */
	known: Array<{ tokens: Token[]; entry: GazetteerEntry }>;
}

const NONE: TitlePrefix = { nameStart: 0, known: [] };
const titleWord = (text: string) => TITLE_WORDS.has(text.toLowerCase().replace(/\.$/, '')) || TITLE_WORDS.has(text.toLowerCase().replace(/s$/, ''));

/**
 * Reads a leading title: nationality adjectives, known places and bodies, title words and their qualifiers,
 * joined by "of"/"the"/"for" once a title word is seen. Without a title word there is no prefix.
 */
export function titlePrefix(tokens: readonly Token[], ctx: MentionContext): TitlePrefix {
	const known: TitlePrefix['known'] = [];
	let titleEnd = 0;
	let i = 0;
	while (i < tokens.length) {
		const token = tokens[i];
		const key = token.text.toLowerCase();
		if (token.connector) {
			if (titleEnd === 0 || !/^(?:of|the|for)$/.test(key)) break;
			i++;
			continue;
		}
		const found = titleWord(token.text) ? undefined : longestKnown(tokens, i, ctx);
		if (found && found.entry.kind !== 'person') {
			known.push({ tokens: tokens.slice(i, i + found.length), entry: found.entry });
			i += found.length;
			if (titleEnd > 0) titleEnd = i;
			continue;
		}
		if (titleWord(token.text)) titleEnd = ++i;
		else if (ROLE_QUALIFIERS.has(key) || ctx.gazetteer.isAdjective(token.text)) {
			i++;
			if (titleEnd > 0 && ROLE_QUALIFIERS.has(key)) titleEnd = i;
		} else break;
	}
	if (titleEnd === 0) return NONE;
	const roleTokens = tokens.slice(0, titleEnd);
	while (roleTokens.length > 0 && (HONORIFICS.has(roleTokens[roleTokens.length - 1].text.toLowerCase().replace(/\.$/, '')) || roleTokens[roleTokens.length - 1].connector)) roleTokens.pop();
	while (roleTokens.length > 0 && HONORIFICS.has(roleTokens[0].text.toLowerCase().replace(/\.$/, ''))) roleTokens.shift();
	const role = roleTokens.length > 0 ? ctx.text.slice(roleTokens[0].start, roleTokens[roleTokens.length - 1].end) : undefined;
	return { nameStart: titleEnd, role, known: known.filter((k) => k.tokens[0].start < tokens[titleEnd - 1].end) };
}
