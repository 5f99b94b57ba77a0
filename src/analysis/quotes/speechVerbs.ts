/** Verbs and phrases that attribute words or thoughts to someone. */
import { countBelow } from '../../shared/sortedSearch';
import { LETTER, classBefore, wordBefore } from './textScan';

/**
 * Verbs that introduce what someone said, wrote or thinks, one verb a line: finite forms, then after `|` the -ing form.
 * A base form is listed only where it is rarely a noun ("say", not "call"); `_` joins the words of a phrase.
 */
const SPEECH_VERBS = `
said says say | saying
told tells tell | telling
added adds add | adding
explained explains explain | explaining
wrote writes write | writing
stressed stresses | stressing
warned warns warn | warning
noted notes | noting
recalled recalls recall | recalling
reiterated reiterates reiterate | reiterating
repeated repeats repeat | repeating
signaled signalled signals |
anticipated anticipates |
urged urges urge | urging
expressed expresses |
insisted insists insist | insisting
announced announces announce | announcing
stated | stating
declared declares declare | declaring
described describes describe | describing
claimed claims | claiming
argued argues argue | arguing
asserted asserts assert | asserting
maintained maintains |
emphasized emphasised emphasizes emphasises emphasize | emphasizing emphasising
underlined underlines |
pointed out points out point out | pointing out
acknowledged acknowledges acknowledge | acknowledging
admitted admits admit | admitting
confirmed confirms confirm |
denied denies deny | denying
accused accuses accuse | accusing
asked asks ask | asking
answered answers |
replied replies reply | replying
responded responds respond | responding
tweeted tweets | tweeting
posted |
promised promises | promising
pledged pledges | pledging
vowed vows | vowing
threatened threatens threaten | threatening
proposed proposes propose | proposing
suggested suggests suggest | suggesting
called calls | calling
dubbed | dubbing
termed |
labeled labelled labels | labeling labelling
demanded demands | demanding
predicted predicts predict | predicting
complained complains complain | complaining
conceded concedes concede | conceding
concluded concludes |
observed observes |
remarked remarks |
commented comments |
reported |
quipped quips |
joked jokes | joking
shouted shouts |
yelled yells |
testified testifies testify |
mentioned mentions mention | mentioning
believes believed |
thinks |
praised praises | praising
criticized criticised criticizes criticises criticize | criticizing criticising
slammed slams | slamming
blasted blasts | blasting
lashed out lashes out |
boasted boasts | boasting
bragged brags | bragging
spoke speaks |
revealed reveals |
hinted hints |
recounted recounts |
countered counters |
retorted retorts |
shot_back shoots_back |
fired_back fires_back |
hit_back hits_back |
interjected interjects |
chimed_in chimes_in |
agreed agrees |
exclaimed exclaims |
lamented laments | lamenting
cautioned cautions | cautioning
alleged alleges | alleging
contended contends |
reaffirmed reaffirms |
affirmed affirms |
assured assures |
quoted |
continued continues |
thanked thanks | thanking
confessed confesses |
mused muses |
scoffed scoffs |
marveled marvelled marvels |
wondered wonders |
opined opines |
elaborated elaborates |
proclaimed proclaims |
touted touts | touting
mocked mocks | mocking
echoed echoes | echoing
decried decries | decrying
questioned | questioning
referred | referring
pressed |
barked |
beamed |
went_on goes_on |
put_it puts_it |
released_a_statement released_the_following_statement issued_a_statement put_out_a_statement |
`;

/** Forms that are not speech when "to" follows: "continued to mass troops". */
const NOT_BEFORE_TO = new Set(['continued', 'continues', 'agreed', 'agrees']);

/** Forms after which the speaker may follow the verb: `“…,” said Lavrov`. */
const INVERTIBLE = new Set([
	'said', 'says', 'added', 'adds', 'explained', 'explains', 'wrote', 'writes', 'stressed', 'warned', 'noted', 'notes',
	'recalled', 'insisted', 'insists', 'asked', 'asks', 'replied', 'argued', 'declared', 'stated', 'tweeted', 'countered',
	'retorted', 'concluded', 'observed', 'remarked', 'quipped', 'continued', 'continues', 'answered', 'joked', 'mused',
	'shot back', 'fired back', 'interjected', 'chimed in', 'agreed', 'agrees',
]);

const FORMS = SPEECH_VERBS.trim()
	.split('\n')
	.flatMap((line) => {
		const [finite, participles = ''] = line.split('|');
		const words = (list: string) => list.trim().split(/ (?!out\b)/u).filter(Boolean).map((form) => form.replace(/_/g, ' '));
		return [...words(finite).map((form) => ({ form, participle: false })), ...words(participles).map((form) => ({ form, participle: true }))];
	});
const PARTICIPLES = new Set(FORMS.filter((entry) => entry.participle).map((entry) => entry.form));

/** Forms whose passive ("was asked") names the one addressed. */
const ADDRESSED = new Set(['asked', 'told', 'urged', 'called', 'accused', 'described', 'dubbed', 'labeled', 'labelled', 'termed', 'thanked', 'mocked', 'praised', 'criticized', 'criticised', 'slammed', 'blasted', 'warned', 'answered', 'questioned']);
const FORMS_OF_BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', 'am', 'get', 'got', 'gets']);

/** "Trump’s comments", "Sanders’ claims": a possessive makes the next word a noun; "he’s said" is a contraction. */
function isPossessive(word: string): boolean {
	if (word.length < 2) return false;
	const last = word.charCodeAt(word.length - 1);
	const beforeLast = word.charCodeAt(word.length - 2);
	const apostrophe = (code: number) => code === 0x2019 || code === 0x27;
	const possessive = (last === 0x73 && apostrophe(beforeLast)) || (apostrophe(last) && beforeLast === 0x73);
	return possessive && !/^(?:he|she|it|that|who|there|what|here|where|let)[’']s$/u.test(word);
}

/** A word that makes the next one a noun ("the claims", "his call"), not a verb. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'this', 'such', 'no', 'any', 'some', 'of', 'so', 'whose']);

/** The longest of DETERMINERS and FORMS_OF_BE: a longer word matters only as a possessive. */
const LONGEST_TELLTALE = 5;

/**
 * The word before a verb at `start`, in lower case, where it may tell that the verb is a noun or passive: a short word or
 * a possessive ("Trump’s"); '' for any other word, which spares slicing most of them.
 */
function telltaleWordBefore(text: string, start: number): string {
	const found = wordBefore(text, Math.max(0, start - 24), start);
	if (found === undefined) return '';
	const last = text.charCodeAt(found.end - 1);
	// Lower-casing never shortens a word, and only "S" becomes "s".
	const mayBePossessive = last === 0x73 || last === 0x53 || last === 0x2019 || last === 0x27;
	return found.end - found.start <= LONGEST_TELLTALE || mayBePossessive ? text.slice(found.start, found.end).toLowerCase() : '';
}

/** A letter trie of phrases: each node maps the next character to its child; `ends` marks where a phrase ends. */
interface TrieNode {
	children: Map<string, TrieNode>;
	ends: boolean;
}

/**
 * The phrases (letters and single spaces) as one pattern that branches letter by letter, a space matching any white
 * space. Children come before the end of a phrase, so a longer phrase wins as in a longest-first alternation; V8 tries
 * it about a third faster than the flat alternation, since it no longer tests every phrase at every word.
 */
function trieAlternation(phrases: readonly string[]): string {
	const root: TrieNode = { children: new Map(), ends: false };
	for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
		let node = root;
		for (const character of phrase) {
			const child = node.children.get(character) ?? { children: new Map(), ends: false };
			node.children.set(character, child);
			node = child;
		}
		node.ends = true;
	}
	const pattern = (node: TrieNode): string => {
		const branches = [...node.children].map(([character, child]) => (character === ' ' ? '\\s+' : character) + pattern(child));
		if (node.ends) branches.push('');
		return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
	};
	return pattern(root);
}

/**
 * Every form in one pattern, scanned at over 100 MB/s: far faster than word-by-word lookups. It opens with `\b` rather
 * than the lookbehind `(?<![\w’'-])` it stands for, which V8 scans twice as fast; a match after an apostrophe or a
 * hyphen is then rejected by `followsApostropheOrHyphen`.
 */
const SPEECH_VERB = new RegExp(`\\b${trieAlternation(FORMS.map((entry) => entry.form))}(?![\\w-])`, 'gi');

/** Whether the character before `index` is an apostrophe or a hyphen ("don’t-said" is no speech verb). */
function followsApostropheOrHyphen(text: string, index: number): boolean {
	const before = text.charCodeAt(index - 1);
	return before === 0x2019 || before === 0x27 || before === 0x2d;
}

/** A speech verb found in text. */
export interface VerbMatch {
	start: number;
	end: number;
	/** The form with single spaces, e.g. "pointed out". */
	form: string;
	/** True when the speaker may follow it: `“…,” said Lavrov`. */
	invertible: boolean;
	/** True for an -ing form: "…, saying “…”" takes the subject of its sentence. */
	participle: boolean;
}

/** What is known of a form as matched: its canonical spelling and how it behaves. */
interface FormTraits {
	form: string;
	invertible: boolean;
	participle: boolean;
	notBeforeTo: boolean;
	addressed: boolean;
}

/** Traits by form as it appears in texts ("Said", "pointed\nout"): the same few recur, so each is worked out once. */
const traitsByMatch = new Map<string, FormTraits>();

function traitsOf(matched: string): FormTraits {
	let traits = traitsByMatch.get(matched);
	if (traits === undefined) {
		const form = matched.replace(/\s+/g, ' ').toLowerCase();
		traits = { form, invertible: INVERTIBLE.has(form), participle: PARTICIPLES.has(form), notBeforeTo: NOT_BEFORE_TO.has(form), addressed: ADDRESSED.has(form) };
		if (traitsByMatch.size >= 1_000) traitsByMatch.clear();
		traitsByMatch.set(matched, traits);
	}
	return traits;
}

/** The verb matched as `matched` at `start`, or null where it is a noun ("the claims") or a passive ("was asked"). */
function speechVerbAt(text: string, start: number, matched: string): VerbMatch | null {
	const previous = telltaleWordBefore(text, start);
	const traits = traitsOf(matched);
	const end = start + matched.length;
	if (DETERMINERS.has(previous) || isPossessive(previous)) return null;
	if (traits.notBeforeTo && /^\s+to\s/u.test(text.slice(end, end + 4))) return null;
	// "Sanders was asked", "they were told": the subject is the one addressed, not the speaker.
	if (traits.addressed && FORMS_OF_BE.has(previous)) return null;
	return { start, end, form: traits.form, invertible: traits.invertible, participle: traits.participle };
}

/**
 * The speech verbs of a whole text, found in one pass, looked up by range. Noun uses ("the claims") are left out; whether
 * a match is one is worked out when a lookup first reaches it, as most matches lie far from any quote.
 */
export class SpeechVerbIndex {
	readonly #text: string;
	/** Where each match of `SPEECH_VERB` starts, ascending, and its text. */
	readonly #starts: number[] = [];
	readonly #matches: string[] = [];
	/** Each match as a verb once worked out: null for a noun or a passive, undefined while not yet known. */
	readonly #verbs: Array<VerbMatch | null | undefined> = [];

	constructor(text: string) {
		this.#text = text;
		const pattern = SPEECH_VERB;
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			if (followsApostropheOrHyphen(text, match.index)) {
				pattern.lastIndex = match.index + 1;
				continue;
			}
			this.#starts.push(match.index);
			this.#matches.push(match[0]);
		}
	}

	/** Verbs lying wholly within `[from, to)`, in text order. */
	within(from: number, to: number): VerbMatch[] {
		const found: VerbMatch[] = [];
		for (let i = countBelow(this.#starts, from); i < this.#starts.length; i++) {
			const verb = this.#verbAt(i);
			if (verb === null) continue;
			if (verb.end > to) break;
			found.push(verb);
		}
		return found;
	}

	/** The first verb lying wholly within `[from, to)`, if any. */
	first(from: number, to: number): VerbMatch | undefined {
		for (let i = countBelow(this.#starts, from); i < this.#starts.length; i++) {
			const verb = this.#verbAt(i);
			if (verb !== null) return verb.end <= to ? verb : undefined;
		}
		return undefined;
	}

	#verbAt(index: number): VerbMatch | null {
		let verb = this.#verbs[index];
		if (verb === undefined) {
			verb = speechVerbAt(this.#text, this.#starts[index], this.#matches[index]);
			this.#verbs[index] = verb;
		}
		return verb;
	}
}

/** "according to" and its kin, which put the source after them. */
const ACCORDING_TO = /(?<![\p{L}])(?:according\s+to|in\s+the\s+words\s+of)\s+/iu;
/**
 * A cheap test that `ACCORDING_TO` needs to pass: its stems have no letter that Unicode case folding reaches from
 * outside ASCII ("ſ", "K"), so ASCII case-insensitive matching finds them wherever `ACCORDING_TO` would.
 */
const MAY_CITE_SOURCE = /accord|word/i;
/**
 * `ACCORDING_TO` in ASCII case only, its look-behind left to code: several times cheaper to compile. Of the letters
 * that Unicode case folding maps into ASCII, only "ſ" (as "s") can take part in these phrases.
 */
const SOURCE_CUE = /(?:according\s+to|in\s+the\s+words\s+of)\s+/gi;

/** The first "according to" or "in the words of" in `window` that follows no letter, as `ACCORDING_TO` finds it; null when none. */
export function sourceCue(window: string): RegExpExecArray | null {
	if (!MAY_CITE_SOURCE.test(window)) return null;
	if (window.includes('\u017f')) return ACCORDING_TO.exec(window);
	SOURCE_CUE.lastIndex = 0;
	for (let cue = SOURCE_CUE.exec(window); cue; cue = SOURCE_CUE.exec(window)) {
		if ((classBefore(window, cue.index) & LETTER) === 0) return cue;
		SOURCE_CUE.lastIndex = cue.index + 1;
	}
	return null;
}

/** Words after which a source names the medium, not the speaker ("sources cited by CNN", "told TASS"). */
export const MEDIUM_LINK = /\s(?:cited|quoted|reported|carried|told|according)\b/u;
