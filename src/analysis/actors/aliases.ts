/** Merges mentions into one actor per referent: known aliases, surnames, spelling variants and acronyms. */
import type { ActorKind } from '../types';
import { nameKey, type GazetteerEntry } from './gazetteer';
import type { Mention } from './mention';
import { countBelow } from '../../shared/sortedSearch';
import { englishSpelling } from './spelling';
import { hasLowerCase, regexFor, startsLowerCase } from './asciiTwins';
import { codeAt } from './textContext';

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
	firstLetters: string[];
}

const NAME_SUFFIXES = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const ACRONYM_IN_PARENTHESES = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\s*\)/u;
const ASCII_ACRONYM_IN_PARENTHESES = /^\s*\(\s*([A-Z][A-Z0-9&.-]{1,9})\s*\)/;
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

/** What merging needs of a name as written, worked out once per name: names recur. */
interface NameFacts {
	/** The capitalised words (particles such as "bin" left out). */
	words: string[];
	/** The whole name reduced by `plain`. */
	plain: string;
	/** First letter of the first word and the last word, reduced by `plain`; '' without words. */
	firstLetter: string;
	lastWord: string;
	/** Reduced by `plain`: the first word and the surname (suffixes such as "Jr" left out) of a multi-word name. */
	firstName?: string;
	surname?: string;
	/** Initials of the words: "Organization for Security and Cooperation in Europe" gives "OSCE". */
	initials: string;
	/** The name normalised by `nameKey`. */
	key: string;
}

const factsCache = new Map<string, NameFacts>();

/** The facts of a name; memoised. */
const factsOf = (name: string): NameFacts => factsCache.get(name) ?? newFacts(name);

function newFacts(name: string): NameFacts {
	const words = name.split(/\s+/).filter((word) => !startsLowerCase(word) || /^(?:al|el)-/.test(word));
	const named = words.filter((word) => !NAME_SUFFIXES.test(word));
	const facts: NameFacts = {
		words,
		plain: plain(name),
		firstLetter: words.length > 0 ? plain(words[0][0]) : '',
		lastWord: words.length > 0 ? plain(words[words.length - 1]) : '',
		firstName: named.length >= 2 ? plain(words[0]) : undefined,
		surname: named.length >= 2 ? plain(named[named.length - 1]) : undefined,
		initials: words.map((word) => word[0]).join(''),
		key: nameKey(name),
	};
	if (factsCache.size > 10_000) factsCache.clear();
	factsCache.set(name, facts);
	return facts;
}

/** Groups mentions (sorted, non-overlapping) into actor drafts ordered by first mention. */
export function mergeMentions(mentions: readonly Mention[], text: string): ActorDraft[] {
	const merger = new Merger(text);
	merger.addAll(mentions);
	return merger.drafts();
}

/**
 * The groups of one text and the indexes that find a group by name, surname, first word or acronym. Small methods
 * rather than one function with nested closures: the optimising compiler takes several times longer over the latter.
 */
class Merger {
	private readonly text: string;
	private readonly groups: Group[] = [];
	/** Groups of gazetteer and registry entries by entry name, other groups by name. */
	private readonly byEntry = new Map<string, Group>();
	private readonly byName = new Map<string, Group>();
	private readonly bySurname = new Map<string, Group[]>();
	private readonly byFirstWord = new Map<string, Group>();
	private readonly byFirstName = new Map<string, Group[]>();
	private readonly byAcronym = new Map<string, Group>();
	/** Single-word mentions, grouped once every name is known. */
	private readonly singles: Mention[] = [];
	/** Texts of the single words not tentative: confirmed names. */
	private readonly confirmed = new Set<string>();

	constructor(text: string) {
		this.text = text;
	}

	/**
	 * Adds the mentions in order. The loop is a method of its own so that `mergeMentions`, run once per text, is not
	 * optimised with a second compiled copy of `drafts` and all it calls.
	 */
	addAll(mentions: readonly Mention[]): void {
		for (let i = 0; i < mentions.length; i++) this.add(mentions[i]);
	}

	/** Groups a mention of a known or multi-word name; keeps a single word for `drafts`. */
	private add(mention: Mention): void {
		const facts = factsOf(mention.text);
		const { words } = facts;
		if (!mention.entry && words.length < 2) {
			this.addSingle(mention);
			return;
		}
		if (mention.sentenceInitial && words.length === 2 && this.knownSurnameOtherFirstName(facts)) {
			this.addSingle(lastWordOf(mention));
			return;
		}
		const group = mention.entry ? this.groupOfEntry(mention.entry, facts) : mention.kind === 'person' ? this.personGroup(facts) : (this.byName.get(facts.key) ?? this.newGroup(this.byName, facts.key));
		group.mentions.push(mention);
		group.anchors.push(mention.start);
		if (words.length > 0) addFirstLetter(group, facts.firstLetter);
		if (words.length >= 2 && mention.kind === 'organization') {
			if (!this.byFirstWord.has(words[0])) this.byFirstWord.set(words[0], group);
			if (!this.byAcronym.has(facts.initials)) this.byAcronym.set(facts.initials, group);
		}
		const { text } = this;
		const acronym = codeAt(text, mention.end + 1) === 40 || codeAt(text, mention.end) === 40 ? acronymInParentheses(text.slice(mention.end, mention.end + 16)) : null;
		if (acronym && words.length >= 2) this.byAcronym.set(acronym[1], group);
	}

	/** Joins single words to the names they shorten (others confirmed elsewhere make groups of their own); the drafts in order of first mention. */
	drafts(): ActorDraft[] {
		// An indexed loop whose body is a call, and the drafts made in a function of their own: these once-per-text loops
		// then run few bytecodes each and, in a fresh process, are not soon optimised with all they call inlined, a costly
		// compilation of code that is optimised on its own anyway.
		const { singles } = this;
		for (let i = 0; i < singles.length; i++) this.groupSingle(singles[i]);
		return draftsOf(this.groups);
	}

	private addSingle(mention: Mention): void {
		this.singles.push(mention);
		if (!mention.tentative) this.confirmed.add(mention.text);
	}

	/** Adds a single word to the name it shortens, else to a group of its own where the name is confirmed. */
	private groupSingle(mention: Mention): void {
		const group = this.byAcronym.get(mention.text) ?? this.nearestPerson(mention, this.bySurname) ?? this.byFirstWord.get(mention.text) ?? (mention.tentative || mention.kind !== 'person' ? undefined : this.nearestPerson(mention, this.byFirstName));
		if (group) group.mentions.push(mention);
		else if (!mention.tentative || this.confirmed.has(mention.text)) (this.byName.get(mention.text) ?? this.newGroup(this.byName, mention.text)).mentions.push(mention);
	}

	private newGroup(index: Map<string, Group>, key: string, fixedName?: string, person = false): Group {
		const group: Group = { mentions: [], fixedName, person, anchors: [], firstLetters: [] };
		this.groups.push(group);
		index.set(key, group);
		return group;
	}

	/** "Потом Лавров" at a sentence start after "Сергей Лавров": the first word is a capitalised common word. */
	private knownSurnameOtherFirstName(facts: NameFacts): boolean {
		const groups = this.bySurname.get(facts.lastWord);
		return groups !== undefined && !groups.some((group) => group.firstLetters.includes(facts.firstLetter));
	}

	private groupOfEntry(entry: GazetteerEntry, facts: NameFacts): Group {
		const group = this.byEntry.get(entry.name) ?? this.newGroup(this.byEntry, entry.name, entry.name, entry.kind === 'person');
		if (entry.kind === 'person') {
			this.indexSurname(facts, group);
			this.indexSurname(factsOf(entry.name), group);
			addFirstLetter(group, plain(entry.name[0]));
		}
		return group;
	}

	private personGroup(facts: NameFacts): Group {
		const last = facts.surname;
		const existing = last === undefined ? undefined : this.bySurname.get(last)?.find((group) => group.firstLetters.includes(facts.firstLetter));
		const group = existing ?? this.byName.get(facts.key) ?? this.newGroup(this.byName, facts.key, undefined, true);
		this.indexSurname(facts, group);
		return group;
	}

	/** Indexes a personal name by its surname and, for "Mr Kim" after "Kim Jong Un", its first word. */
	private indexSurname(facts: NameFacts, group: Group): void {
		if (facts.surname === undefined) return;
		addTo(this.bySurname, facts.surname, group);
		if (group.person) addTo(this.byFirstName, facts.firstName!, group);
	}

	/** The person group with this surname (or first name) mentioned last before the mention, else the first after it. */
	private nearestPerson(mention: Mention, index: Map<string, Group[]>): Group | undefined {
		const candidates = index.get(factsOf(mention.text).plain);
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

const acronymInParentheses = (after: string) => regexFor(after, ASCII_ACRONYM_IN_PARENTHESES, ACRONYM_IN_PARENTHESES).exec(after);

/** First letters are few per group: an array is cheaper than a set. */
function addFirstLetter(group: Group, letter: string): void {
	if (!group.firstLetters.includes(letter)) group.firstLetters.push(letter);
}

function addTo(index: Map<string, Group[]>, key: string, group: Group): void {
	const list = index.get(key);
	if (!list) index.set(key, [group]);
	else if (!list.includes(group)) list.push(group);
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

/** The drafts of the groups that have mentions, in order of first mention. */
function draftsOf(groups: readonly Group[]): ActorDraft[] {
	const drafts: ActorDraft[] = [];
	for (let i = 0; i < groups.length; i++) if (groups[i].mentions.length > 0) drafts.push(draftOf(groups[i]));
	return drafts.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

function draftOf(group: Group): ActorDraft {
	const mentions = inTextOrder(group.mentions) ? group.mentions : [...group.mentions].sort((a, b) => a.start - b.start);
	const kind = kindOf(group, mentions);
	const name = group.fixedName ? entryName(group.fixedName, mentions) : fullestName(mentions);
	return { name: kind === 'person' && !group.fixedName ? englishSpelling(name) : name, kind, role: mostFrequentRole(mentions), mentions };
}

/** The role stated most often; most groups have none, and then no tally is made. */
function mostFrequentRole(mentions: readonly Mention[]): string | undefined {
	let roles: Tally<string> | undefined;
	for (const mention of mentions) if (mention.role !== undefined) (roles ??= new Tally<string>()).add(mention.role);
	return roles?.mostFrequent();
}

/** Mentions of a group come in two runs in text order (names, then single words): often already in order. */
function inTextOrder(mentions: readonly Mention[]): boolean {
	for (let i = 1; i < mentions.length; i++) if (mentions[i - 1].start > mentions[i].start) return false;
	return true;
}

/** The entry's name, or the text's own spelling where the text only ever writes a close variant ("Kiev" for "Kyiv"). */
function entryName(name: string, mentions: readonly Mention[]): string {
	const spellings = new Tally<string>();
	for (const mention of mentions) {
		if (mention.text === name) return name;
		spellings.add(mention.text);
	}
	const written = spellings.mostFrequent();
	const variant = written !== undefined && hasLowerCase(written) && written[0] === name[0] && Math.abs(written.length - name.length) <= 2 && !written.includes(' ') && !name.includes(' ');
	return variant ? written : name;
}

/** The most frequent multi-word form; on a tie the shorter spelling ("Sergei" over "Serghei", "Joe" over "Joseph"), then the first in code-unit order. */
function fullestName(mentions: readonly Mention[]): string {
	if (mentions.length === 1) return mentions[0].text;
	// Every form is tallied, then only those as long as the longest count: a form's word count is looked up once.
	const forms = new Tally<string>();
	for (const m of mentions) forms.add(m.text);
	const lengths: number[] = [];
	let longest = 0;
	for (const form of forms.values) {
		const length = factsOf(form).words.length;
		lengths.push(length);
		longest = Math.max(longest, length);
	}
	let best = '';
	let bestCount = 0;
	for (let i = 0; i < forms.values.length; i++) {
		if (lengths[i] !== longest && (longest <= 2 || lengths[i] < 2)) continue;
		const form = forms.values[i];
		const count = forms.counts[i];
		if (count > bestCount || (count === bestCount && (form.length < best.length || (form.length === best.length && form < best)))) {
			best = form;
			bestCount = count;
		}
	}
	return best;
}

function kindOf(group: Group, mentions: readonly Mention[]): ActorKind {
	for (const mention of mentions) if (mention.entry) return mention.entry.kind;
	if (group.person) return 'person';
	if (mentions.length === 1) return mentions[0].kind;
	// Guessed kinds count only where no mention's kind is sure.
	const anySure = mentions.some((m) => !m.kindGuessed);
	const kinds = new Tally<ActorKind>();
	for (const mention of mentions) if (!anySure || !mention.kindGuessed) kinds.add(mention.kind);
	return kinds.mostFrequent() ?? 'person';
}

/** How often each value occurs, values in the order first seen; a group has few distinct values, so a linear search finds them. */
class Tally<T> {
	readonly values: T[] = [];
	readonly counts: number[] = [];

	add(value: T): void {
		const index = this.values.indexOf(value);
		if (index >= 0) {
			this.counts[index]++;
			return;
		}
		this.values.push(value);
		this.counts.push(1);
	}

	/** The value counted most often, on a tie the first seen. */
	mostFrequent(): T | undefined {
		let best: T | undefined;
		let bestCount = 0;
		for (let i = 0; i < this.values.length; i++) {
			if (this.counts[i] > bestCount) {
				best = this.values[i];
				bestCount = this.counts[i];
			}
		}
		return best;
	}
}
