/** Words of time: month and weekday names, number words, units, seasons and parts of the day, with regex fragments. */

const MONTH_FORMS: ReadonlyArray<readonly string[]> = [
	['january', 'jan'],
	['february', 'feb'],
	['march', 'mar'],
	['april', 'apr'],
	['may'],
	['june', 'jun'],
	['july', 'jul'],
	['august', 'aug'],
	['september', 'sept', 'sep'],
	['october', 'oct'],
	['november', 'nov'],
	['december', 'dec'],
];

const WEEKDAY_FORMS: ReadonlyArray<readonly string[]> = [
	['monday', 'mon'],
	['tuesday', 'tues', 'tue'],
	['wednesday', 'wed'],
	['thursday', 'thurs', 'thu'],
	['friday', 'fri'],
	['saturday', 'sat'],
	['sunday', 'sun'],
];

/** How many words a memoised word function keeps before starting afresh. */
const MEMO_LIMIT = 1000;

/** A function of one word, memoised in a bounded map: the same words recur within and across texts. */
function memoised<T>(compute: (word: string) => T): (word: string) => T {
	const cache = new Map<string, T>();
	return (word) => {
		if (cache.has(word)) return cache.get(word) as T;
		const value = compute(word);
		if (cache.size >= MEMO_LIMIT) cache.clear();
		cache.set(word, value);
		return value;
	};
}

/** The 1-based index of the forms that hold a word, ignoring case and a final dot. */
function formIndex(forms: ReadonlyArray<readonly string[]>, word: string): number | undefined {
	const lower = word.toLowerCase().replace(/\.$/, '');
	const index = forms.findIndex((list) => list.includes(lower));
	return index < 0 ? undefined : index + 1;
}

/** Month number (1–12) of a month name or abbreviation, any case. */
export const monthNumber = memoised((word) => formIndex(MONTH_FORMS, word));

/** ISO weekday (1 Monday … 7 Sunday) of a weekday name or abbreviation, any case. */
export const weekdayNumber = memoised((word) => formIndex(WEEKDAY_FORMS, word));

/** Full month names, and abbreviations that end with a dot (`Sept.`), capitalised. */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)';

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** A count written in digits or words, or an article (`a`, `an`) or a vague quantity (`a few`, `several`). */
export const COUNT = `(?:\\d+\\s+1/2|half\\s+an?|(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${TENS.join('|')})(?:[- ](?:${SMALL_NUMBERS.slice(1, 10).join('|')}))?|${SMALL_NUMBERS.join('|')})(?:\\s+and\\s+a\\s+half)?|a\\s+couple\\s+of|a\\s+few|several|a|an|some|many|few|couple\\s+of|a\\s+dozen|dozens\\s+of|hundreds\\s+of)`;

/** The number a count stands for, or null for a vague one (`a few`, `several`). */
export const countValue = memoised(readCount);

function readCount(text: string): number | null {
	const words = text.toLowerCase().replace(/\s+/g, ' ').trim();
	if (/^\d{1,3}(?:,\d{3})+$/.test(words)) return Number(words.replace(/,/g, ''));
	if (/^\d+(?:\.\d+)?$/.test(words)) return Number(words);
	if (/^\d+ 1\/2$/.test(words)) return Number(words.split(' ')[0]) + 0.5;
	if (/^half an?$/.test(words)) return 0.5;
	if (words.endsWith(' and a half')) return (readCount(words.slice(0, -' and a half'.length)) ?? 0) + 0.5;
	if (words === 'a' || words === 'an') return 1;
	if (words === 'a couple of' || words === 'couple of') return 2;
	if (words === 'a dozen') return 12;
	const small = SMALL_NUMBERS.indexOf(words);
	if (small >= 0) return small;
	const [tens, ones] = words.split(/[- ]/);
	const tensIndex = TENS.indexOf(tens);
	if (tensIndex < 0) return null;
	return (tensIndex + 2) * 10 + (ones ? Math.max(0, SMALL_NUMBERS.indexOf(ones)) : 0);
}

/** The quarter (1–4) an ordinal names. */
export const ordinalNumber = (word: string) => ORDINALS.indexOf(word.toLowerCase()) + 1;

export type UnitName = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Time units, singular or plural. */
export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

/** The singular unit name of a unit word. */
export const unitName = memoised((word): UnitName => {
	const lower = word.toLowerCase();
	if (lower.startsWith('centur')) return 'century';
	return lower.replace(/s$/, '') as UnitName;
});

const VAGUE_DESIGNATORS: Partial<Record<UnitName, string>> = { decade: 'DE', century: 'CE', quarter: 'Q' };

/** Per unit: how many of the TIMEX3 designator it makes, the designator, and whether it is a time (after `T`). */
const DURATION_UNITS: Readonly<Record<UnitName, readonly [number, string, boolean]>> = {
	second: [1, 'S', true],
	minute: [1, 'M', true],
	hour: [1, 'H', true],
	day: [1, 'D', false],
	week: [1, 'W', false],
	fortnight: [2, 'W', false],
	month: [1, 'M', false],
	quarter: [1, 'Q', false],
	year: [1, 'Y', false],
	decade: [10, 'Y', false],
	century: [100, 'Y', false],
};

/** The next smaller unit a fraction is written in: `P2Y6M`, `PT5H30M`, `P1DT12H`. */
const FRACTION_UNITS: Partial<Record<UnitName, readonly [number, string, boolean]>> = {
	year: [12, 'M', false],
	week: [7, 'D', false],
	day: [24, 'H', true],
	hour: [60, 'M', true],
	minute: [60, 'S', true],
};

/** TIMEX3 duration of `count` units (`P2W`, `PT48H`, `PT5H30M`); an unknown count gives `X` (`PXM`). */
export function durationValue(count: number | null, unit: UnitName): string {
	const [factor, letter, isTime] = DURATION_UNITS[unit];
	if (count === null) return `P${isTime ? 'T' : ''}X${VAGUE_DESIGNATORS[unit] ?? letter}`;
	const whole = Math.floor(count);
	const fraction = FRACTION_UNITS[unit];
	if (whole === count || !fraction) return `P${isTime ? 'T' : ''}${count * factor}${letter}`;
	const [perUnit, smallLetter, smallIsTime] = fraction;
	const main = whole > 0 ? `${whole * factor}${letter}` : '';
	const small = `${Math.round((count - whole) * perUnit)}${smallLetter}`;
	if (isTime) return `PT${main}${small}`;
	return smallIsTime ? `P${main}T${small}` : `P${main}${small}`;
}

/** TIMEX3 season codes. */
export const SEASONS: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
/** The month each season starts in (northern hemisphere), used to tell which one is nearest. */
export const SEASON_START_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** TIMEX3 part-of-day codes. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
