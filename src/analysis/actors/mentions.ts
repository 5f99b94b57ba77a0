/** Turns capitalised sequences into name mentions: titles and possessives cut off, connectors split, kinds decided. */
import { findSequences, tokenize, type Sequence, type Token } from './candidates';
import type { GazetteerEntry } from './gazetteer';
import { isAcronym, known, lower, mention, type Mention } from './mention';
import { chunks, trimConnectors } from './nameChunks';
import { ROLE_NOUNS } from './roles';
import { classifyWord, PLACE_PREPOSITIONS } from './singleWords';
import { codeAt, longestKnown, spanText, wordAfter, wordBefore, type MentionContext } from './textContext';
import { titlePrefix } from './titles';
import {
	ARTIFACT_NOUNS,
	COMMON_WORDS,
	MONTHS_AND_WEEKDAYS,
	NAME_PARTICLES,
	NON_ACTOR_WORDS,
	ORGANIZATION_HEADS,
	ORGANIZATION_SUFFIXES,
	PLACE_SUFFIXES,
	ROLE_QUALIFIERS,
	TITLE_WORDS,
	TREATY_NOUNS,
	WORK_NOUNS,
} from './vocabulary';

const POSSESSIVE = /['’]s?$/;
/** A capitalised prefix on a common word, a description rather than a name: "Co-founder", "Pan-democrat", "Ex-president". */
const PREFIXED_COMMON_WORD = /^[A-Z][a-z]*-[a-z]+$/;
/** Verbs that make a capitalised word at a sentence start a name ("Rosatom said"). */
const SPEECH_VERBS = ['said', 'says', 'told', 'tells', 'added', 'announced', 'reported', 'stated', 'warned', 'wrote', 'insisted', 'explained', 'confirmed', 'denied'];
/** First words of place names built with "of": "Sea of Azov", "Gulf of Mexico". */
const PLACE_HEADS = new Set(['sea', 'gulf', 'bay', 'strait', 'straits', 'isle', 'isles', 'island', 'islands', 'lake', 'cape', 'city', 'port', 'mount', 'valley', 'republic', 'kingdom', 'province', 'state', 'county', 'district', 'region']);
/** Months that are also surnames, kept after a first name ("Theresa May"). */
const MONTH_SURNAMES = new Set(['May', 'June', 'April', 'August']);
/** Possessives inside names: "Donetsk People's Republic", "Women's Institute". */
const GROUP_POSSESSIVES = new Set(["people's", "women's", "men's", "children's", "workers'", "veterans'", "farmers'"]);
/** Longer capitalised runs are lists or shouting, read word by word (which also keeps the rules linear). */
const MAX_NAME_TOKENS = 16;
const BROADCAST_NUMBER = /^(?:Channel|Kanal|Radio|TV|Rossiya)\s\d+$/;

const words = (tokens: readonly Token[]) => tokens.filter((t) => !t.connector);

/** Nouns for the people of a body, which make an unknown name before them one: "Acme employees", "a Hawks player". */
const MEMBER_NOUNS = ['player', 'players', 'employees', 'users', 'customers', 'shareholders', 'subscribers'];

/** What follows a sequence, the first part of its context: a treaty noun, a role noun, a speech verb, another lower-case word or anything else. */
const AFTER_OTHER = 0;
const AFTER_TREATY_NOUN = 1;
const AFTER_ROLE_NOUN = 2;
const AFTER_SPEECH_VERB = 3;
const AFTER_LOWER_CASE = 4;
const AFTER_ARTIFACT_NOUN = 5;
/** A year in brackets: "Silent Spring (1962)" is the title of a work. */
const AFTER_YEAR = 6;
/** A dollar sign: "US$", "NZ $" name currencies. */
const AFTER_DOLLAR = 7;
const AFTER_KINDS = 8;
/** Words after a sequence by the kind they give; where lists share a word, treaty nouns win over role nouns, role nouns over speech verbs, these over artifact nouns. */
const WORDS_AFTER = new Map<string, number>([
	...[...ARTIFACT_NOUNS].map((word) => [word, AFTER_ARTIFACT_NOUN] as const),
	...SPEECH_VERBS.map((word) => [word, AFTER_SPEECH_VERB] as const),
	...[...MEMBER_NOUNS, ...ROLE_NOUNS].map((word) => [word, AFTER_ROLE_NOUN] as const),
	...[...TREATY_NOUNS].map((word) => [word, AFTER_TREATY_NOUN] as const),
]);
/** What precedes a sequence: "the", a place preposition ("in"), a determiner ("a", "his") or anything else. */
const BEFORE_OTHER = 0;
const BEFORE_THE = 1;
const BEFORE_PLACE_PREPOSITION = 2;
const BEFORE_DETERMINER = 3;
/** A noun that announces a title: "the novel", "the ship". */
const BEFORE_WORK_NOUN = 4;
/** A count that is not a year: "180 Officers", "3 RBI". */
const BEFORE_COUNT = 5;
/** "by": authors, whose names a year in brackets follows in a citation ("by Lind and Moe (2004)"). */
const BEFORE_BY = 6;
/** The common kinds (other, "the", place preposition, determiner) come first. */
const COMMON_BEFORE_KINDS = 4;
const WORDS_BEFORE = new Map<string, number>([
	...[...WORK_NOUNS].map((word) => [word, BEFORE_WORK_NOUN] as const),
	...['a', 'an', 'his', 'her', 'its', 'their', 'my', 'our', 'your'].map((word) => [word, BEFORE_DETERMINER] as const),
	...[...PLACE_PREPOSITIONS].map((word) => [word, BEFORE_PLACE_PREPOSITION] as const),
	['the', BEFORE_THE],
	['by', BEFORE_BY],
]);

/** The name mentions of the whole text, in text order. */
export function nameMentions(ctx: MentionContext): Mention[] {
	// The loop over the sequences is a function of its own: optimised, it would otherwise carry a second compiled copy
	// of findSequences, which is optimised on its own anyway.
	return mentionsInSequences(findSequences(ctx.text), ctx);
}

function mentionsInSequences(sequences: readonly Sequence[], ctx: MentionContext): Mention[] {
	const found: Mention[] = [];
	// An indexed loop runs fewer bytecodes per sequence than for…of, which matters while this runs interpreted.
	for (let i = 0; i < sequences.length; i++) addMentionsIn(sequences[i], ctx, found);
	return found;
}

/**
 * Adds the name mentions in one capitalised sequence to `found`. A sequence's mentions depend only on its text, its
 * position flags, the words right before and after it and the text's lower-case words, so repeated names are classified once.
 */
function addMentionsIn(sequence: Sequence, ctx: MentionContext, found: Mention[]): void {
	let record = records.get(sequence.text);
	if (!record) {
		if (records.size >= MAX_CACHED_SEQUENCES) records.clear();
		record = { common: isCommonWord(sequence.text, ctx), contexts: [] };
		records.set(sequence.text, record);
	}
	if (record.common) return;
	const { text } = ctx;
	const end = sequence.start + sequence.text.length;
	const after = kindAfter(text, end);
	const wordBeforeSequence = wordBefore(text, sequence.start);
	const before = wordBeforeSequence !== '' ? (WORDS_BEFORE.get(lower(wordBeforeSequence)) ?? BEFORE_OTHER) : countAt(text, sequence.start) ? BEFORE_COUNT : BEFORE_OTHER;
	// At the very start of the text a closing quote alone makes a quoted title.
	const quoted = (sequence.start === 0 || OPENING_QUOTES.has(text.charCodeAt(sequence.start - 1))) && closingQuoteAt(text, end);
	const headline = sequence.headline || quoted;
	// The context as one small number: the words after and before, whether the sequence opens a sentence, whether only known names count.
	const code = contextCode(after, before) * 4 + (sequence.sentenceInitial ? 2 : 0) + (headline ? 1 : 0);
	let context = record.contexts[code];
	if (!context) {
		context = { variants: [], textNumber: -1, mentions: [] };
		record.contexts[code] = context;
	}
	if (context.textNumber !== ctx.textNumber) {
		context.mentions = reusedClassification(context.variants, ctx) ?? newClassification(context.variants, ctx, sequence, headline, after, before);
		context.textNumber = ctx.textNumber;
	}
	const { mentions } = context;
	for (let i = 0; i < mentions.length; i++) found.push(shifted(mentions[i], sequence.start));
}

/**
 * The words after and before as one small number. A record's contexts live in an array indexed by it, so the common
 * contexts get the small numbers: a rare word before (a count, "the novel") moves the number past all of them.
 */
function contextCode(after: number, before: number): number {
	return before < COMMON_BEFORE_KINDS ? after * COMMON_BEFORE_KINDS + before : (before - COMMON_BEFORE_KINDS + 1) * AFTER_KINDS * COMMON_BEFORE_KINDS + after;
}

/** A lone common word ("However", "Some"), never a name: not an acronym and not a known name. */
function isCommonWord(sequenceText: string, ctx: MentionContext): boolean {
	return !sequenceText.includes(' ') && COMMON_WORDS.has(lower(sequenceText)) && !isAcronym(sequenceText) && !ctx.gazetteer.lookup(sequenceText);
}

/** The kind of word right after a sequence ending at `end` (`AFTER_…`). */
function kindAfter(text: string, end: number): number {
	const next = wordAfter(text, end);
	if (next === '') return symbolAfter(text, end);
	const kind = WORDS_AFTER.get(next);
	if (kind !== undefined) return kind;
	const first = next.charCodeAt(0);
	if (first >= 97 && first <= 122) return AFTER_LOWER_CASE;
	if (first < 128) return AFTER_OTHER;
	return next[0] !== next[0].toUpperCase() ? AFTER_LOWER_CASE : AFTER_OTHER;
}

/** “ " ‘ « „ (a set of char codes: no function to call per sequence) */
const OPENING_QUOTES = new Set([0x201c, 0x22, 0x2018, 0xab, 0x201e]);
/** At `lastIndex`, a closing quote (” " ’ » “) alone or after . , ! or ?: the sequence before it ends a quoted title. */
const CLOSING_QUOTE = /[.,!?]?[\u201d"\u2019\u00bb\u201c]/y;

function closingQuoteAt(text: string, index: number): boolean {
	CLOSING_QUOTE.lastIndex = index;
	return CLOSING_QUOTE.test(text);
}

/** Ending at `lastIndex`, a number and a space, not a year ("in 348"), a score or a decimal ("2-1 Chelsea", "2.5 Ltd"). */
const COUNT_BEFORE = /(?<=(?<![-\u2013\d.,]|[Ii]n )(?!(?:1\d|20)\d\d )\d(?:[\d,]*\d)?[ \u00a0])/y;

function countAt(text: string, index: number): boolean {
	// Most sequences follow no digit: one char read spares them the regex, which runs per sequence, also in a fresh process.
	const digit = codeAt(text, index - 2);
	if (digit < 48 || digit > 57) return false;
	COUNT_BEFORE.lastIndex = index;
	return COUNT_BEFORE.test(text);
}

/** At `lastIndex`, after one optional space, a year alone in brackets (" (1962)", group 1) or a dollar sign. */
const SYMBOL_AFTER = /[ \u00a0]?(?:(\(\d{4}\))|\$)/y;

function symbolAfter(text: string, index: number): number {
	// Most sequences end before a comma or a full stop: one char read spares them the regex.
	const next = codeAt(text, index);
	if (next !== 32 && next !== 40 && next !== 36 && next !== 0xa0) return AFTER_OTHER;
	SYMBOL_AFTER.lastIndex = index;
	const match = SYMBOL_AFTER.exec(text);
	return match === null ? AFTER_OTHER : match[1] !== undefined ? AFTER_YEAR : AFTER_DOLLAR;
}

/** The sequence's mentions in its context, offsets relative to the sequence. */
function classifyInContext(sequence: Sequence, headline: boolean, after: number, before: number, ctx: MentionContext): Mention[] {
	const saidBy = after === AFTER_SPEECH_VERB && !sequence.text.includes(' ');
	const read: Sequence = { start: sequence.start, text: sequence.text, headline, sentenceInitial: sequence.sentenceInitial && !saidBy };
	const afterDeterminer = before === BEFORE_DETERMINER && (after === AFTER_OTHER || after === AFTER_YEAR);
	const computed = classifySequence(read, afterDeterminer, after === AFTER_YEAR && before !== BEFORE_BY, ctx).map((m) => shifted(m, -sequence.start));
	const last = computed[computed.length - 1];
	const endsSequence = last !== undefined && !last.entry && last.end === sequence.text.length;
	if (after === AFTER_ROLE_NOUN && endsSequence && last.kind === 'person') last.kind = 'organization';
	if (after === AFTER_ARTIFACT_NOUN && endsSequence) computed.pop();
	// A country's letters before a dollar sign name a currency ("US$ 5").
	if (after === AFTER_DOLLAR && computed.length === 1 && computed[0].end === sequence.text.length && isAcronym(sequence.text)) computed.pop();
	// A single unknown word counted is a thing or a unit ("180 Officers", "3 RBI").
	if (before === BEFORE_COUNT && computed.length === 1 && !computed[0].entry && !sequence.text.includes(' ')) computed.pop();
	// After "the novel" the title runs on; only a known name after its start stays ("the ship Astra in Lisbon").
	return before === BEFORE_WORK_NOUN ? computed.filter((m) => m.entry && m.start > 0) : computed;
}

/** A sequence's mentions in one context, offsets relative to the sequence, and the lower-case-word answers they relied on. */
interface Classified {
	/** The words asked about, each once, and the answers given. */
	words: string[];
	answers: boolean[];
	mentions: readonly Mention[];
}

/** One context of a sequence text: its classifications, and the one chosen for the text last analysed. */
interface ContextClassifications {
	/** Up to MAX_VARIANTS classifications, for texts that answer the words they asked differently. */
	variants: Classified[];
	/** The text (`MentionContext.textNumber`) whose mentions `mentions` holds: a sequence repeated in a text is looked up once. */
	textNumber: number;
	mentions: readonly Mention[];
}

/** What is known of one sequence text. */
interface SequenceRecord {
	/** A lone common word: no mentions in any context. */
	common: boolean;
	/** By context code (see `addMentionsIn`). */
	contexts: Array<ContextClassifications | undefined>;
}

/**
 * Sequence texts and their classifications, kept from text to text since names recur from article to article. Apart
 * from its text and context, a sequence's mentions depend only on which words the text writes in lower case: a kept
 * classification is reused where the text answers the words it asked about the same way.
 */
const records = new Map<string, SequenceRecord>();
const MAX_CACHED_SEQUENCES = 10_000;
/** Classifications kept per sequence and context, for texts that answer differently. */
const MAX_VARIANTS = 4;

/** The mentions of the first variant whose asked words this text answers the same way. */
function reusedClassification(variants: readonly Classified[], ctx: MentionContext): readonly Mention[] | undefined {
	for (const variant of variants) if (answersAlike(variant, ctx)) return variant.mentions;
	return undefined;
}

function answersAlike(variant: Classified, ctx: MentionContext): boolean {
	for (let i = 0; i < variant.words.length; i++) if (ctx.lowerCaseWords.has(variant.words[i]) !== variant.answers[i]) return false;
	return true;
}

/** Classifies the sequence in its context, recording the lower-case words asked about, and keeps the result as a variant. */
function newClassification(variants: Classified[], ctx: MentionContext, sequence: Sequence, headline: boolean, after: number, before: number): readonly Mention[] {
	const variant: Classified = { words: [], answers: [], mentions: [] };
	const has = (word: string) => {
		const answer = ctx.lowerCaseWords.has(word);
		if (!variant.words.includes(word)) {
			variant.words.push(word);
			variant.answers.push(answer);
		}
		return answer;
	};
	variant.mentions = classifyInContext(sequence, headline, after, before, { ...ctx, lowerCaseWords: { has } });
	if (variants.length >= MAX_VARIANTS) variants.shift();
	variants.push(variant);
	return variant.mentions;
}

/** A copy of a mention moved by `delta`, built with one fixed shape (cheaper than spreading). */
function shifted(m: Mention, delta: number): Mention {
	return { start: m.start + delta, end: m.end + delta, text: m.text, kind: m.kind, kindGuessed: m.kindGuessed, tentative: m.tentative, entry: m.entry, role: m.role, sentenceInitial: m.sentenceInitial };
}

/**
 * Mentions of one sequence. In a headline or a quoted title ("“Cognitive Linguistics”") only known names count;
 * an unknown name between "a" or "his" and anything but a noun is a title or a product ("a Single Man (2009)",
 * "his Cello Concerto,"), while "a Creative Commons licence" names an actor. Where `titleAtEnd`, the part after the
 * last possessive is a title ("Greta Lind's Silent Spring (1962)"): only names it surely is are kept there.
 */
function classifySequence(sequence: Sequence, afterDeterminer: boolean, titleAtEnd: boolean, ctx: MentionContext): Mention[] {
	const tokens = tokenize(sequence);
	if (tokens.length > MAX_NAME_TOKENS) return headlineMentions(tokens, ctx);
	const mentions: Mention[] = [];
	let initial = sequence.sentenceInitial;
	const parts = splitAtBreaks(tokens, ctx);
	for (let i = 0; i < parts.length; i++) {
		const found = mentionsInPart(parts[i], initial, sequence.headline, ctx);
		mentions.push(...(titleAtEnd && i === parts.length - 1 ? found.filter(isSureName) : found));
		initial = false;
	}
	return afterDeterminer ? mentions.filter((m) => m.entry || m.start > sequence.start) : mentions;
}

/** A known name, or one whose kind its words settle ("Boston Red Sox", "Ohio State University"): not a title's words. */
const isSureName = (m: Mention): boolean => m.entry !== undefined || (m.kind !== 'person' && !m.kindGuessed);

/**
 * Splits at possessives (kept, without the ending) and at month and weekday names (dropped); a possessive before a
 * closing place word stays inside the name ("St. Peter's Square", but "Russia's Army" is Russia).
 */
function splitAtBreaks(tokens: readonly Token[], ctx: MentionContext): Token[][] {
	const parts: Token[][] = [[]];
	for (const [i, token] of tokens.entries()) {
		const surname = (i === tokens.length - 1 || tokens[i + 1].connector) && i > 0 && !tokens[i - 1].connector && MONTH_SURNAMES.has(token.text) && !COMMON_WORDS.has(lower(tokens[i - 1].text));
		if (!token.connector && !surname && MONTHS_AND_WEEKDAYS.has(lower(token.text))) {
			parts.push([]);
			continue;
		}
		const next = tokens[i + 1];
		const possessive = !token.connector && !GROUP_POSSESSIVES.has(lower(token.text).replace('’', "'")) && POSSESSIVE.exec(token.text);
		const inName = possessive && next !== undefined && next === tokens[tokens.length - 1] && PLACE_SUFFIXES.has(lower(next.text)) && !ctx.gazetteer.lookup(token.text.slice(0, -possessive[0].length));
		if (possessive && !inName && token.text.length > possessive[0].length + 1) {
			const end = token.end - possessive[0].length;
			parts[parts.length - 1].push({ ...token, text: token.text.slice(0, -possessive[0].length), end });
			parts.push([]);
			continue;
		}
		parts[parts.length - 1].push(token);
	}
	return parts.map(trimConnectors).filter((part) => part.length > 0);
}

function mentionsInPart(tokens: Token[], initial: boolean, headline: boolean, ctx: MentionContext): Mention[] {
	const kept = dropLeadingCommonWords(tokens, initial, ctx);
	if (kept.length === 0) return [];
	if (kept.length < tokens.length) initial = false;
	if (followedByTreatyNoun(kept, ctx)) return [];
	const whole = ctx.gazetteer.lookup(spanText(ctx, kept));
	if (whole) return [known(kept, whole, ctx)];
	if (headline) return headlineMentions(kept, ctx);
	const suffix = organizationBySuffix(kept, ctx);
	if (suffix !== undefined) return suffix;
	const hasAnd = kept.some((t) => t.connector && (t.text === 'and' || t.text === '&'));
	const headed = hasAnd ? undefined : kept.find((t, i) => i > 0 && /^(?:of|for)$/.test(t.text) && (ORGANIZATION_HEADS.has(lower(kept[i - 1].text)) || PLACE_HEADS.has(lower(kept[i - 1].text))));
	if (headed) return [mention(kept, ORGANIZATION_HEADS.has(lower(kept[kept.indexOf(headed) - 1].text)) ? 'organization' : 'place', ctx)];
	const and = kept.findIndex((t) => t.connector && (t.text === 'and' || t.text === '&'));
	if (and > 0 && !ORGANIZATION_HEADS.has(lower(kept[0].text))) {
		return [...mentionsInPart(kept.slice(0, and), initial, headline, ctx), ...mentionsInPart(kept.slice(and + 1), false, headline, ctx)];
	}
	const the = kept.findIndex((t, i) => i > 0 && t.text === 'the' && !kept[i - 1].connector);
	if (the > 0) return [...mentionsInPart(kept.slice(0, the), initial, headline, ctx), ...mentionsInPart(kept.slice(the + 1), false, headline, ctx)];
	const title = titlePrefix(kept, ctx);
	const mentions = title.known.map((found) => known(found.tokens, found.entry, ctx));
	const nameTokens = kept.slice(title.nameStart);
	const startsSentence = initial && title.nameStart === 0;
	const nameChunks = chunks(nameTokens, ctx);
	for (const chunk of nameChunks) {
		const chunkMentions = chunk.kind ? [mention(chunk.tokens, chunk.kind, ctx)] : classifyChunk(chunk.tokens, chunk.entry, startsSentence && chunk.tokens[0] === nameTokens[0], headline, ctx);
		for (const found of chunkMentions) {
			if (title.role && found.kind === 'person' && chunk === nameChunks[0]) found.role = title.role;
			mentions.push(found);
		}
	}
	return mentions;
}

/** In a headline only known names count; other words are tentative, kept where the text names them elsewhere. */
function headlineMentions(tokens: Token[], ctx: MentionContext): Mention[] {
	const mentions: Mention[] = [];
	for (let i = 0; i < tokens.length; ) {
		const found = longestKnown(tokens, i, ctx);
		if (found) mentions.push(known(tokens.slice(i, i + found.length), found.entry, ctx));
		else if (!tokens[i].connector) mentions.push(...classifyWord(tokens[i], true, true, ctx));
		i += found?.length ?? 1;
	}
	return mentions;
}

/** Drops "The" and, at a sentence start, common words the text also writes in lower case ("However", "Some"). */
function dropLeadingCommonWords(tokens: Token[], initial: boolean, ctx: MentionContext): Token[] {
	let start = 0;
	while (start < tokens.length) {
		const token = tokens[start];
		if (token.connector) {
			start++;
			continue;
		}
		const key = lower(token.text);
		if (initial && start === 0 && tokens[1]?.text === 'of' && !ORGANIZATION_HEADS.has(key) && !TITLE_WORDS.has(key) && !ctx.gazetteer.lookup(spanText(ctx, tokens))) {
			start += 2;
			continue;
		}
		const common = COMMON_WORDS.has(key) || PREFIXED_COMMON_WORD.test(token.text) || (initial && start === 0 && ctx.lowerCaseWords.has(key) && !isAcronym(token.text) && !ROLE_QUALIFIERS.has(key));
		if (!common || ctx.gazetteer.lookup(token.text) || knownOrAdjective(spanText(ctx, tokens.slice(start)), ctx)) break;
		start++;
	}
	return tokens.slice(start);
}

/** A known name or a nationality adjective ("New Zealander"), which a leading common word belongs to. */
const knownOrAdjective = (span: string, ctx: MentionContext): boolean => ctx.gazetteer.lookup(span) !== undefined || ctx.gazetteer.isAdjective(span);

function followedByTreatyNoun(tokens: readonly Token[], ctx: MentionContext): boolean {
	return TREATY_NOUNS.has(wordAfter(ctx.text, tokens[tokens.length - 1].end));
}

/** "Russian Foreign Ministry", "UN Security Council": a sequence ending in an organisation word, with a distinctive word. */
function organizationBySuffix(tokens: Token[], ctx: MentionContext): Mention[] | undefined {
	const list = words(tokens);
	if (list.length < 2 || !ORGANIZATION_SUFFIXES.has(lower(list[list.length - 1].text))) return undefined;
	// "and" joins two names, "in"/"on"/"at" a name to a place or a medium ("Sam Lee in the TV") unless a head opens the name.
	if (tokens.some((t) => t.connector && /^(?:and|in|on|at)$/.test(t.text)) && !ORGANIZATION_HEADS.has(lower(list[0].text))) return undefined;
	const distinctive = list.some((t) => {
		const key = lower(t.text);
		return !ORGANIZATION_SUFFIXES.has(key) && !ROLE_QUALIFIERS.has(key) && !TITLE_WORDS.has(key) && !COMMON_WORDS.has(key);
	});
	if (!distinctive) return [];
	return [mention(tokens, 'organization', ctx)];
}

function classifyChunk(tokens: Token[], entry: GazetteerEntry | undefined, initial: boolean, headline: boolean, ctx: MentionContext): Mention[] {
	if (entry) return [known(tokens, entry, ctx)];
	const list = words(tokens);
	const last = lower(list[list.length - 1].text);
	if (/^\d+$/.test(last)) return BROADCAST_NUMBER.test(spanText(ctx, tokens)) ? [mention(tokens, 'organization', ctx)] : [];
	if (list.some((t) => NON_ACTOR_WORDS.has(lower(t.text)))) return [];
	if (ctx.gazetteer.isAdjective(spanText(ctx, tokens))) return [];
	let first = 0;
	while (first < list.length && ctx.gazetteer.isAdjective(list[first].text)) first++;
	if (first === list.length) return [];
	if (first > 0) return classifyChunk(tokens.slice(tokens.indexOf(list[first])), undefined, false, headline, ctx);
	if (list.length === 1) return classifyWord(tokens[0], initial, headline, ctx);
	const joined = tokens.some((t) => t.connector && !NAME_PARTICLES.has(t.text));
	if (ORGANIZATION_SUFFIXES.has(last) || ORGANIZATION_HEADS.has(lower(list[0].text)) || (joined && list.some((t) => ORGANIZATION_SUFFIXES.has(lower(t.text))))) return [mention(tokens, 'organization', ctx)];
	if (PLACE_SUFFIXES.has(last) || /^(?:Mount|Mt\.|Lake|Cape|Fort|Port|San|Santa|Saint|St\.)$/.test(list[0].text)) return [mention(tokens, 'place', ctx)];
	if (list.every((t) => TITLE_WORDS.has(lower(t.text)) || ROLE_QUALIFIERS.has(lower(t.text)) || COMMON_WORDS.has(lower(t.text)))) return [];
	if (list.length > 4) return list.flatMap((token) => classifyWord(token, true, true, ctx));
	const person = mention(tokens, lower(wordBefore(ctx.text, tokens[0].start)) === 'the' ? 'organization' : 'person', ctx);
	person.sentenceInitial = initial;
	return [person];
}
