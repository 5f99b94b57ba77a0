/** Verbs and phrases that attribute words or thoughts to someone. */

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

const VERB_FORMS = new Set(SPEECH_VERB_FORMS);

/** A speech verb found in text. */
export interface VerbMatch {
	start: number;
	end: number;
	form: string;
	invertible: boolean;
}

/**
 * Speech verbs in `text[from, to)`, in order, found word by word (linear in the window); noun uses after a determiner
 * ("the claims") or a hyphen ("so-called") are skipped.
 */
export function findSpeechVerbs(text: string, from: number, to: number): VerbMatch[] {
	const window = text.slice(from, to);
	const found: VerbMatch[] = [];
	let previous = '';
	for (const match of window.matchAll(/[\p{L}’'-]+/gu)) {
		const word = match[0];
		const start = from + (match.index ?? 0);
		let end = start + word.length;
		let form = word;
		const particle = /^\s+out\b/u.exec(text.slice(end, end + 8));
		if (particle && VERB_FORMS.has(`${word} out`)) {
			form = `${word} out`;
			end += particle[0].length;
		}
		if (VERB_FORMS.has(form) && end <= to && !DETERMINERS.has(previous.toLowerCase())) {
			found.push({ start, end, form, invertible: INVERTIBLE.has(form) });
		}
		previous = word;
	}
	return found;
}

/** "according to" and its kin, which put the source after them. */
export const ACCORDING_TO = /(?<![\p{L}])(?:according\s+to|in\s+the\s+words\s+of)\s+/iu;

/** Words after which a source names the medium, not the speaker ("sources cited by CNN", "told TASS"). */
export const MEDIUM_LINK = /\s(?:cited|quoted|reported|carried|told|according)\b/u;
