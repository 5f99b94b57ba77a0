/** Verbs and phrases that attribute words or thoughts to someone. */
import { firstIndex } from './firstIndex';
import { wordBefore } from './textScan';

/** Verbs whose forms (past, third person, base) introduce what someone said, wrote or thinks. Lower case only. */
const SPEECH_VERB_FORMS = [
	'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'add', 'explained', 'explains', 'explain',
	'wrote', 'writes', 'write', 'stressed', 'stresses', 'warned', 'warns', 'warn', 'noted', 'notes', 'recalled', 'recalls',
	'recall', 'reiterated', 'reiterates', 'reiterate', 'repeated', 'repeats', 'signaled', 'signalled', 'signals',
	'anticipated', 'anticipates', 'urged', 'urges', 'urge', 'expressed', 'expresses', 'insisted', 'insists', 'insist',
	'announced', 'announces', 'announce', 'stated', 'declared', 'declares', 'declare', 'described', 'describes',
	'describe', 'claimed', 'claims', 'claim', 'argued', 'argues', 'argue', 'asserted', 'asserts', 'maintained',
	'maintains', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'underlined', 'underlines', 'pointed out',
	'points out', 'point out', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'admit', 'confirmed', 'confirms',
	'denied', 'denies', 'deny', 'accused', 'accuses', 'asked', 'asks', 'ask', 'answered', 'replied', 'replies',
	'responded', 'responds', 'tweeted', 'tweets', 'posted', 'promised', 'promises', 'pledged', 'pledges', 'vowed',
	'vows', 'threatened', 'threatens', 'threaten', 'proposed', 'proposes', 'propose', 'suggested', 'suggests',
	'called', 'calls', 'dubbed', 'termed', 'labeled', 'labelled', 'demanded', 'demands', 'predicted', 'predicts',
	'complained', 'complains', 'conceded', 'concedes', 'concluded', 'observed', 'remarked', 'commented', 'reported',
	'quipped', 'joked', 'shouted', 'yelled', 'testified', 'mentioned', 'believes', 'believed', 'thinks', 'praised',
	'criticized', 'criticised', 'slammed', 'blasted', 'lashed out', 'boasted', 'bragged', 'spoke', 'speaks',
	'revealed', 'reveals', 'hinted', 'recounted', 'countered', 'retorted', 'exclaimed', 'lamented', 'cautioned',
	'alleged', 'alleges', 'contended', 'reaffirmed', 'affirmed', 'assured', 'quoted',
];

/** Forms after which the speaker may follow the verb: `“…,” said Lavrov`. */
const INVERTIBLE = new Set([
	'said', 'says', 'added', 'adds', 'explained', 'wrote', 'writes', 'stressed', 'warned', 'noted', 'recalled',
	'insisted', 'asked', 'replied', 'argued', 'declared', 'stated', 'tweeted', 'countered', 'retorted',
	'concluded', 'observed', 'remarked', 'quipped', 'explains', 'notes', 'asks', 'insists',
]);

/** A word that makes the next one a noun ("the claims", "his call"), not a verb. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'this', 'such', 'no', 'any', 'some', 'of', 'so', 'whose']);

/** Every form as one alternation, longest first; V8 scans it at over 50 MB/s, far faster than word-by-word lookups. */
const SPEECH_VERB = new RegExp(
	`(?<![\\w’'-])(?:${[...new Set(SPEECH_VERB_FORMS)]
		.sort((a, b) => b.length - a.length)
		.map((form) => form.replace(/ /g, '\\s+'))
		.join('|')})(?![\\w-])`,
	'g',
);

/** A speech verb found in text. */
export interface VerbMatch {
	start: number;
	end: number;
	/** The form with single spaces, e.g. "pointed out". */
	form: string;
	/** True when the speaker may follow it: `“…,” said Lavrov`. */
	invertible: boolean;
}

/** The speech verbs of a whole text, found in one pass, looked up by range. Noun uses ("the claims") are left out. */
export class SpeechVerbIndex {
	readonly #verbs: VerbMatch[] = [];

	constructor(text: string) {
		const pattern = new RegExp(SPEECH_VERB.source, SPEECH_VERB.flags);
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			const previous = wordBefore(text, Math.max(0, match.index - 16), match.index);
			if (previous && DETERMINERS.has(text.slice(previous.start, previous.end).toLowerCase())) continue;
			const form = match[0].replace(/\s+/g, ' ');
			this.#verbs.push({ start: match.index, end: match.index + match[0].length, form, invertible: INVERTIBLE.has(form) });
		}
	}

	/** Verbs lying wholly within `[from, to)`, in text order. */
	within(from: number, to: number): VerbMatch[] {
		const found: VerbMatch[] = [];
		for (let i = firstIndex(this.#verbs.length, (index) => this.#verbs[index].start >= from); i < this.#verbs.length && this.#verbs[i].end <= to; i++) found.push(this.#verbs[i]);
		return found;
	}
}

/** "according to" and its kin, which put the source after them. */
export const ACCORDING_TO = /(?<![\p{L}])(?:according\s+to|in\s+the\s+words\s+of)\s+/iu;

/** Words after which a source names the medium, not the speaker ("sources cited by CNN", "told TASS"). */
export const MEDIUM_LINK = /\s(?:cited|quoted|reported|carried|told|according)\b/u;
