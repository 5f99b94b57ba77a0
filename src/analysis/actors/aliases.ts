/** Merges mentions into one actor per referent: known aliases, surnames, spelling variants and acronyms. */
import type { ActorKind } from '../types';
import { nameKey } from './gazetteer';
import type { Mention } from './mention';
import { countBelow } from '../../shared/sortedSearch';
import { englishSpelling } from './spelling';

/** An actor before ids are given: its mentions in text order. */
export interface ActorDraft {
	name: string;
	kind: ActorKind;
	role?: string;
	mentions: Mention[];
}

interface Group {
	mentions: Mention[];
	/** Set for groups of a gazetteer or registry entry. */
	fixedName?: string;
	person: boolean;
	/** Starts of the group's multi-word mentions, in text order, for finding the nearest one. */
	anchors: number[];
	/** First letters of the group's first names, lower case. */
	firstLetters: Set<string>;
}

const NAME_SUFFIXES = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const ACRONYM_IN_PARENTHESES = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\s*\)/u;
const ASCII = /^[\x00-\x7f]*$/;
const plainCache = new Map<string, string>();
/** A name word reduced to what survives transliteration: lower case, no accents, "y" as "i", no doubled letters ("Zelenskyy" and "Zelensky" agree); memoised. */
function plain(word: string): string {
	let result = plainCache.get(word);
	if (result === undefined) {
		result = (ASCII.test(word) ? word : word.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
			.toLowerCase()
			.replace(/y/g, 'i')
			.replace(/(.)\1+/g, '$1');
		if (plainCache.size > 10_000) plainCache.clear();
		plainCache.set(word, result);
	}
	return result;
}
const wordCache = new Map<string, string[]>();
/** The capitalised words of a name (particles such as "bin" left out); memoised, names repeat. */
function wordsOf(name: string): string[] {
	let list = wordCache.get(name);
	if (!list) {
		list = name.split(/\s+/).filter((word) => !/^\p{Ll}/u.test(word) || /^(?:al|el)-/.test(word));
		if (wordCache.size > 10_000) wordCache.clear();
		wordCache.set(name, list);
	}
	return list;
}

/** Surname of a multi-word personal name, lower case and without accents. */
function surname(name: string): string | undefined {
	const list = wordsOf(name).filter((word) => !NAME_SUFFIXES.test(word));
	return list.length >= 2 ? plain(list[list.length - 1]) : undefined;
}

/** Initials of the capitalised words of a name: "Organization for Security and Cooperation in Europe" gives "OSCE". */
const initials = (name: string) => wordsOf(name).map((word) => word[0]).join('');

/** Groups mentions (sorted, non-overlapping) into actor drafts ordered by first mention. */
export function mergeMentions(mentions: readonly Mention[], text: string): ActorDraft[] {
	const groups: Group[] = [];
	const byKey = new Map<string, Group>();
	const bySurname = new Map<string, Group[]>();
	const byFirstWord = new Map<string, Group>();
	const byFirstName = new Map<string, Group[]>();
	const byAcronym = new Map<string, Group>();
	const newGroup = (key: string, fixedName?: string, person = false) => {
		const group: Group = { mentions: [], fixedName, person, anchors: [], firstLetters: new Set() };
		groups.push(group);
		byKey.set(key, group);
		return group;
	};
	const singles: Mention[] = [];
	for (const mention of mentions) {
		const words = wordsOf(mention.text);
		if (!mention.entry && words.length < 2) {
			singles.push(mention);
			continue;
		}
		if (mention.sentenceInitial && words.length === 2 && knownSurnameOtherFirstName(words)) {
			singles.push(lastWordOf(mention));
			continue;
		}
		const group = mention.entry ? groupOfEntry(mention) : mention.kind === 'person' ? personGroup(mention) : groupOfName(mention);
		group.mentions.push(mention);
		group.anchors.push(mention.start);
		if (words.length > 0) group.firstLetters.add(plain(words[0][0]));
		if (words.length >= 2 && mention.kind === 'organization') {
			if (!byFirstWord.has(words[0])) byFirstWord.set(words[0], group);
			if (!byAcronym.has(initials(mention.text))) byAcronym.set(initials(mention.text), group);
		}
		const acronym = text.charCodeAt(mention.end + 1) === 40 || text.charCodeAt(mention.end) === 40 ? ACRONYM_IN_PARENTHESES.exec(text.slice(mention.end, mention.end + 16)) : null;
		if (acronym && words.length >= 2) byAcronym.set(acronym[1], group);
	}
	const confirmed = new Set(singles.filter((m) => !m.tentative).map((m) => m.text));
	for (const mention of singles) {
		const group = byAcronym.get(mention.text) ?? nearestPerson(mention, bySurname) ?? byFirstWord.get(mention.text) ?? (mention.tentative || mention.kind !== 'person' ? undefined : nearestPerson(mention, byFirstName));
		if (group) {
			group.mentions.push(mention);
			continue;
		}
		if (mention.tentative && !confirmed.has(mention.text)) continue;
		(byKey.get(`n:${mention.text}`) ?? newGroup(`n:${mention.text}`)).mentions.push(mention);
	}
	return groups
		.filter((group) => group.mentions.length > 0)
		.map(draftOf)
		.sort((a, b) => a.mentions[0].start - b.mentions[0].start);

	/** "Потом Лавров" at a sentence start after "Сергей Лавров": the first word is a capitalised common word. */
	function knownSurnameOtherFirstName(words: readonly string[]): boolean {
		const groups = bySurname.get(plain(words[1]));
		return groups !== undefined && !groups.some((group) => group.firstLetters.has(plain(words[0][0])));
	}

	function groupOfEntry(mention: Mention): Group {
		const entry = mention.entry!;
		const key = `g:${entry.name}`;
		const group = byKey.get(key) ?? newGroup(key, entry.name, entry.kind === 'person');
		if (entry.kind === 'person') {
			indexSurname(mention.text, group);
			indexSurname(entry.name, group);
			group.firstLetters.add(plain(entry.name[0]));
		}
		return group;
	}

	function groupOfName(mention: Mention): Group {
		const key = `n:${nameKey(mention.text)}`;
		return byKey.get(key) ?? newGroup(key);
	}

	function personGroup(mention: Mention): Group {
		const last = surname(mention.text);
		const first = wordsOf(mention.text)[0];
		const existing = last === undefined ? undefined : bySurname.get(last)?.find((group) => group.firstLetters.has(plain(first[0])));
		const group = existing ?? byKey.get(`n:${nameKey(mention.text)}`) ?? newGroup(`n:${nameKey(mention.text)}`, undefined, true);
		indexSurname(mention.text, group);
		return group;
	}

	/** Indexes a personal name by its surname and, for "Mr Kim" after "Kim Jong Un", its first word. */
	function indexSurname(name: string, group: Group): void {
		const last = surname(name);
		if (last === undefined) return;
		for (const [index, key] of group.person ? ([[bySurname, last], [byFirstName, plain(wordsOf(name)[0])]] as const) : ([[bySurname, last]] as const)) {
			const list = index.get(key) ?? [];
			if (!list.includes(group)) list.push(group);
			index.set(key, list);
		}
	}

	/** The person group with this surname (or first name) mentioned last before the mention, else the first after it. */
	function nearestPerson(mention: Mention, index: Map<string, Group[]>): Group | undefined {
		const candidates = index.get(plain(mention.text));
		if (!candidates) return undefined;
		let best: Group | undefined;
		let bestStart = -1;
		for (const group of candidates) {
			const before = lastBefore(group.anchors, mention.start);
			if (before > bestStart) {
				best = group;
				bestStart = before;
			}
		}
		return best ?? candidates[0];
	}
}

/** The largest of the sorted `starts` below `limit`, or -1. */
function lastBefore(starts: readonly number[], limit: number): number {
	const below = countBelow(starts, limit);
	return below > 0 ? starts[below - 1] : -1;
}

function lastWordOf(mention: Mention): Mention {
	const offset = mention.text.lastIndexOf(' ') + 1;
	return { ...mention, start: mention.start + offset, text: mention.text.slice(offset), sentenceInitial: false, tentative: false };
}

function draftOf(group: Group): ActorDraft {
	const mentions = [...group.mentions].sort((a, b) => a.start - b.start);
	const kind = kindOf(group, mentions);
	const name = group.fixedName ? entryName(group.fixedName, mentions) : fullestName(mentions);
	return { name: kind === 'person' && !group.fixedName ? englishSpelling(name) : name, kind, role: mostFrequent(mentions.map((m) => m.role)), mentions };
}

/** The entry's name, or the text's own spelling where the text only ever writes a close variant ("Kiev" for "Kyiv"). */
function entryName(name: string, mentions: readonly Mention[]): string {
	if (mentions.some((m) => m.text === name)) return name;
	const written = mostFrequent(mentions.map((m) => m.text));
	const variant = written !== undefined && /\p{Ll}/u.test(written) && written[0] === name[0] && Math.abs(written.length - name.length) <= 2 && !written.includes(' ') && !name.includes(' ');
	return variant ? written : name;
}

/** The most frequent multi-word form; on a tie the shorter spelling ("Sergei" over "Serghei", "Joe" over "Joseph"). */
function fullestName(mentions: readonly Mention[]): string {
	const longest = mentions.reduce((most, m) => Math.max(most, wordsOf(m.text).length), 0);
	const forms = mentions.filter((m) => wordsOf(m.text).length === longest || (longest > 2 && wordsOf(m.text).length >= 2)).map((m) => m.text);
	const counts = new Map<string, number>();
	for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0][0];
}

function kindOf(group: Group, mentions: readonly Mention[]): ActorKind {
	const entry = mentions.find((m) => m.entry)?.entry;
	if (entry) return entry.kind;
	if (group.person) return 'person';
	const sure = mentions.filter((m) => !m.kindGuessed);
	return mostFrequent((sure.length > 0 ? sure : mentions).map((m) => m.kind)) ?? 'person';
}

function mostFrequent<T>(values: ReadonlyArray<T | undefined>): T | undefined {
	const counts = new Map<T, number>();
	for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
	let best: T | undefined;
	let bestCount = 0;
	for (const [value, count] of counts) {
		if (count > bestCount) {
			best = value;
			bestCount = count;
		}
	}
	return best;
}
