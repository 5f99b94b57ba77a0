/** The gazetteer: known names of countries, cities, regions, bodies and media, with their alternative names. */
import countries from 'world-countries';
import type { ActorKind } from '../types';
import { COMPANIES, COUNTRY_ALIASES, MEDIA, ORGANIZATIONS, PLACES } from './gazetteerData';
import { EXTRA_ADJECTIVES } from './vocabulary';

/** A known actor: its canonical name and kind. */
export interface GazetteerEntry {
	name: string;
	kind: ActorKind;
	/** A country, as opposed to a city or region. */
	country?: boolean;
}

export interface Gazetteer {
	/** Entry for a name exactly as written (quotes and spaces normalised), if known. */
	lookup(name: string): GazetteerEntry | undefined;
	/** True for nationality adjectives and their plurals ("Russian", "Americans"). */
	isAdjective(word: string): boolean;
	/** True for the name of a language ("Icelandic", "Hebrew"): alone, not an actor; before a name, part of it ("Khmer Rouge"). */
	isLanguage(word: string): boolean;
	/** Largest number of words in a known name whose first word is `word` (as written); 0 where none starts so. */
	maxWordsFrom(word: string): number;
}

/** Normalises a name for lookup: straight apostrophes, single spaces. */
export const nameKey = (name: string): string => name.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

const NEEDS_NORMALISING = /[’‘`]|\s\s|[^\S ]/;

/** Capitals that are more often first names or surnames in English text. */
const AMBIGUOUS_CAPITALS = new Set(['Hamilton', 'Stanley', 'Victoria', 'Kingston', 'Jamestown', 'Georgetown', 'Saint John\'s', 'Castries', 'Roseau', 'Praia', 'Male', 'Apia', 'Tarawa']);

let built: Gazetteer | undefined;

/** The shared gazetteer, built once on first use. */
export function gazetteer(): Gazetteer {
	built ??= buildGazetteer();
	return built;
}

function buildGazetteer(): Gazetteer {
	const entries = new Map<string, GazetteerEntry>();
	const maxWordsByFirstWord = new Map<string, number>();
	const add = (alias: string, entry: GazetteerEntry) => {
		// Most aliases need no normalising beyond trimming: the build runs once per process, on its first article.
		const key = NEEDS_NORMALISING.test(alias) ? nameKey(alias) : alias.trim();
		if (!key || entries.has(key)) return;
		entries.set(key, entry);
		const firstSpace = key.indexOf(' ');
		const firstWord = firstSpace < 0 ? key : key.slice(0, firstSpace);
		let words = 1;
		for (let space = firstSpace; space >= 0; space = key.indexOf(' ', space + 1)) words++;
		maxWordsByFirstWord.set(firstWord, Math.max(maxWordsByFirstWord.get(firstWord) ?? 0, words));
	};
	const addList = (list: string, kind: ActorKind, resolve = false) => {
		for (const line of list.split('\n')) {
			const names = line.split('|').map((name) => name.trim()).filter(Boolean);
			if (names.length === 0) continue;
			const entry = (resolve ? entries.get(nameKey(names[0])) : undefined) ?? { name: names[0], kind };
			for (const name of names) add(name, entry);
		}
	};
	const adjectives = new Set<string>(EXTRA_ADJECTIVES);
	const languages = new Set<string>();
	for (const country of countries) {
		const entry: GazetteerEntry = { name: country.name.common, kind: 'place', country: true };
		add(country.name.common, entry);
		add(country.name.official, entry);
		for (const spelling of country.altSpellings) {
			if (spelling.length > 2 || spelling === 'US' || spelling === 'UK') add(spelling, entry);
		}
		for (const language of Object.values(country.languages ?? {})) if (!language.includes(' ')) languages.add(language);
		for (const demonym of Object.values(country.demonyms?.eng ?? {})) {
			for (const word of demonym.split(/,\s*/)) {
				adjectives.add(word);
				adjectives.add(`${word}s`);
			}
		}
	}
	addList(COUNTRY_ALIASES, 'place', true);
	addList(PLACES, 'place');
	addList(ORGANIZATIONS, 'organization');
	addList(MEDIA, 'organization');
	addList(COMPANIES, 'organization');
	for (const country of countries) {
		if (!country.independent) continue;
		for (const capital of country.capital) if (!AMBIGUOUS_CAPITALS.has(capital)) add(capital, { name: capital, kind: 'place' });
	}
	for (const adjective of [...adjectives]) if (entries.has(adjective)) adjectives.delete(adjective);
	return {
		lookup: (name) => entries.get(name) ?? (NEEDS_NORMALISING.test(name) ? entries.get(nameKey(name)) : undefined),
		isAdjective: (word) => adjectives.has(word),
		isLanguage: (word) => languages.has(word),
		maxWordsFrom: (word) => maxWordsByFirstWord.get(word) ?? (NEEDS_NORMALISING.test(word) ? maxWordsByFirstWord.get(nameKey(word)) : undefined) ?? 0,
	};
}
