/** Rules for calendar names: ISO dates, years, decades, centuries, months, seasons and quarters. */
import { Anchor } from './candidateWindows';
import { Cue } from './cues';
import { addMonths, formatDay, formatMonth, formatYear, parseDay } from './calendar';
import type { DateRule, RuleContext } from './dateRule';
import { MONTH, monthNumber, ordinalNumber, SEASON_START_MONTH, SEASONS } from './lexicon';
import { tenseWords, yearOfNearestMonth } from './resolve';
import type { Tense } from './tense';

const isoDate: DateRule = {
	needs: Anchor.digit,
	cues: [Cue.isoDigits],
	pattern: /\b(\d{4}-\d{2}-\d{2})(?![\d-])/g,
	read(match) {
		const day = parseDay(match[1]);
		return day ? { type: 'date', value: formatDay(day), resolution: 'written in full' } : null;
	},
};

const NOT_A_YEAR_AFTER = /^(?:\s*(?:%|percent|per\s*cent|people|persons|troops|soldiers|men|women|children|residents|refugees|km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|dollars|euros|rubles|roubles|units|cases|deaths|votes|jobs|workers|employees|members|times|tanks|vehicles|shares|barrels|points|hours|days|rounds)\b)/i;

const year: DateRule = {
	needs: Anchor.digit,
	cues: [Cue.yearDigits],
	pattern: /(?<![\d$€£¥.,:/])(?<!(?<!\b\d{4})-)(?:\b([Ff]iscal|[Cc]alendar)\s+(?:year\s+)?)?\b(1[5-9]\d\d|20\d\d)(?![\d%]|[.,:]\d|’?s\b|'s\b|-\d{2}-)/g,
	read(match, context) {
		const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 20);
		if (NOT_A_YEAR_AFTER.test(after)) return null;
		return { type: 'date', value: match[2], resolution: 'a year written in full' };
	},
};

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

const decade: DateRule = {
	needs: Anchor.digit | Anchor.unit,
	cues: [Cue.decadeDigits | Cue.decadeWord],
	pattern: /\b(?:the\s+)?(?:(1[5-9]\d0|20\d0)|['’](\d0)|(?<=\bthe\s+)(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))['’]?s?\b/gi,
	read(match) {
		const [, digits, short, word] = match;
		if (!word && !/s$/i.test(match[0])) return null;
		if (digits) return { type: 'date', value: digits.slice(0, 3), resolution: 'a decade' };
		const value = short ? `19${short[0]}` : `19${DECADE_WORDS.indexOf(word.toLowerCase()) + 2}`;
		return { type: 'date', value, resolution: 'a decade without its century, taken as the 1900s' };
	},
};

const century: DateRule = {
	needs: Anchor.unit,
	cues: [Cue.century],
	pattern: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century\b/gi,
	read: (match) => ({ type: 'date', value: String(Number(match[1]) - 1).padStart(2, '0'), resolution: 'a century' }),
};

const MONTH_CUE = '(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)';
/** "May" is a month only after a cue or before a year: elsewhere it is mostly the verb or a name. */
const MAY_CUE = /\b(?:in|of|since|until|till|by|from|early|late|mid|end|last|next|this|during|through|before|after)[\s-]+$/i;

const monthAndYear: DateRule = {
	needs: Anchor.month,
	cues: [Cue.fourDigits],
	pattern: new RegExp(`\\b(${MONTH})(?:\\s+of)?,?\\s+(\\d{4})\\b`, 'g'),
	read(match) {
		const month = monthNumber(match[1]);
		return month ? { type: 'date', value: formatMonth(Number(match[2]), month), resolution: 'a month written in full' } : null;
	},
};

const bareMonth: DateRule = {
	needs: Anchor.month,
	pattern: new RegExp(`(?:\\b${MONTH_CUE})?\\b(${MONTH})(?![\\w’'-]|\\s*\\d)`, 'g'),
	read(match, context) {
		const month = monthNumber(match[1]);
		if (!month) return null;
		const cue = match[0].slice(0, match[0].length - match[1].length).trim().toLowerCase();
		if (match[1] === 'May' && !cue && !MAY_CUE.test(context.text.slice(Math.max(0, match.index - 8), match.index))) return null;
		if (!context.ref) return { type: 'date', resolution: 'a month of a year that needs the article date' };
		const ref = context.ref;
		if (cue === 'this') return { type: 'date', value: formatMonth(ref.year, month), resolution: "the month in the reference date's year" };
		if (cue === 'last' || cue === 'past') {
			const { year } = addMonths(ref.year, ref.month, -(((ref.month - month + 11) % 12) + 1));
			return { type: 'date', value: formatMonth(year, month), resolution: 'the last such month before the reference date' };
		}
		if (cue) {
			const { year } = addMonths(ref.year, ref.month, ((month - ref.month + 11) % 12) + 1);
			return { type: 'date', value: formatMonth(year, month), resolution: 'the first such month after the reference date' };
		}
		const tense = context.tenseAt(match.index, match.index + match[0].length);
		return { type: 'date', value: formatMonth(yearOfNearestMonth(ref, month, tense), month), resolution: `the month nearest the reference date (${tenseWords(tense)})` };
	},
};

/** "fall" and "spring" are seasons only after a cue or before a year. */
const season: DateRule = {
	needs: Anchor.season,
	pattern: /\b(?:(this|last|next|past|coming|early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?\b/gi,
	read(match, context) {
		const [, cueWord, name, yearText] = match;
		const code = SEASONS[name.toLowerCase()];
		if (yearText) return { type: 'date', value: `${yearText}-${code}`, resolution: 'a season of a year written in full' };
		const cue = cueWord?.toLowerCase();
		const before = context.text.slice(Math.max(0, match.index - 12), match.index);
		const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 4);
		if (!cue && (!/\b(?:in|during|by|until|since|the)\s+$/i.test(before) || /^\s+of\b/i.test(after))) return null;
		if (!context.ref) return { type: 'date', resolution: 'a season of a year that needs the article date' };
		return { type: 'date', value: `${seasonYear(context, code, cue, match)}-${code}`, resolution: `the season nearest the reference date` };
	},
};

/** The year of the season's occurrence meant, from the cue or the tense: "last summer", "this winter", "in the spring". */
function seasonYear(context: RuleContext, code: string, cue: string | undefined, match: RegExpExecArray): number {
	const ref = context.ref!;
	const start = SEASON_START_MONTH[code];
	const latestStart = ref.month >= start ? ref.year : ref.year - 1;
	const inside = (ref.month - start + 12) % 12 < 3;
	const tense: Tense | 'this' = cue === 'last' || cue === 'past' ? 'past' : cue === 'next' || cue === 'coming' ? 'future' : cue === 'this' ? 'this' : context.tenseAt(match.index, match.index + match[0].length);
	if (tense === 'past') return cue ? latestStart - (inside ? 1 : 0) : latestStart;
	if (tense === 'future') return cue ? latestStart + 1 : latestStart + (inside ? 0 : 1);
	return inside || start <= ref.month ? latestStart : ref.year;
}

const quarter: DateRule = {
	needs: Anchor.unit,
	cues: [Cue.quarterOrHalf],
	pattern: /\b(?:the\s+)?(?:(?:fiscal|calendar)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(quarter|half)(?:\s+of\s+(?:(?:(?:fiscal|calendar)\s+)?(\d{4})|(this|last|next|the)\s+year))?\b/gi,
	read(match, context) {
		const ordinal = ordinalNumber(match[1]) || Number(match[1][0]);
		const isHalf = match[2].toLowerCase() === 'half';
		if (isHalf && ordinal > 2) return null;
		const code = `${isHalf ? 'H' : 'Q'}${ordinal}`;
		if (match[3]) return { type: 'date', value: `${match[3]}-${code}`, resolution: 'a part of a year written in full' };
		if (!context.ref) return { type: 'date', resolution: 'a part of a year that needs the article date' };
		const yearCue = match[4]?.toLowerCase();
		if (yearCue === 'last' || yearCue === 'next') {
			return { type: 'date', value: `${formatYear(context.ref.year + (yearCue === 'last' ? -1 : 1))}-${code}`, resolution: `in the year ${yearCue === 'last' ? 'before' : 'after'} the reference date's` };
		}
		const current = isHalf ? Math.ceil(context.ref.month / 6) : Math.ceil(context.ref.month / 3);
		const tense = context.tenseAt(match.index, match.index + match[0].length);
		const year = context.ref.year - (tense === 'past' && ordinal > current ? 1 : 0);
		return { type: 'date', value: `${formatYear(year)}-${code}`, resolution: `in the reference date's year (${tenseWords(tense)})` };
	},
};

/** Calendar rules, most specific first. */
export const CALENDAR_RULES: readonly DateRule[] = [isoDate, monthAndYear, decade, century, year, bareMonth, season, quarter];
