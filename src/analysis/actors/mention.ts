/** A name mention before merging, and how one is built from tokens. */
import type { ActorKind } from '../types';
import { regexFor } from './asciiTwins';
import type { Token } from './candidates';
import type { GazetteerEntry } from './gazetteer';
import type { MentionContext } from './textContext';

/** One name in the text, before mentions are merged into actors. */
export interface Mention {
	start: number;
	end: number;
	text: string;
	/** Kind where known or guessed. */
	kind: ActorKind;
	/** True where the kind is only a guess from context. */
	kindGuessed: boolean;
	entry?: GazetteerEntry;
	/** Title or role written next to the name ("Russian Foreign Minister"). */
	role?: string;
	/** A single capitalised word whose capital may be due to its position only; kept when the name is confirmed elsewhere. */
	tentative: boolean;
	/** Opens a sentence, so its first word may be a capitalised common word ("Потом Лавров"). */
	sentenceInitial?: boolean;
}

const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{N}&]*\p{Lu}[\p{Lu}\p{N}]*|\p{Lu}\p{N}+|(?:\p{Lu}\.){2,})$/u;
const ASCII_ACRONYM = /^(?:[A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*|[A-Z][0-9]+|(?:[A-Z]\.){2,})$/;

export const lower = (word: string): string => word.toLowerCase();

/** "NATO", "G7", "U.S.": capitals (and digits) only. */
export const isAcronym = (word: string): boolean => regexFor(word, ASCII_ACRONYM, ACRONYM).test(word);

/** A mention of a gazetteer or registry entry. */
export function known(tokens: readonly Token[], entry: GazetteerEntry, ctx: MentionContext): Mention {
	const result = mention(tokens, entry.kind, ctx);
	result.entry = entry;
	return result;
}

/** A mention spanning `tokens`, leading connectors left out. */
export function mention(tokens: readonly Token[], kind: ActorKind, ctx: MentionContext): Mention {
	const first = tokens.findIndex((t) => !t.connector);
	const start = tokens[Math.max(0, first)].start;
	const end = tokens[tokens.length - 1].end;
	return { start, end, text: ctx.text.slice(start, end), kind, kindGuessed: false, tentative: false };
}
