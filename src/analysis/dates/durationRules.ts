/** Rules for durations ("a couple of weeks", "the last 48 hours", "months") and sets ("every day", "daily"). */
import { Anchor } from './candidateWindows';
import { Cue } from './cues';
import type { DateRule } from './dateRule';
import { COUNT, countValue, durationValue, PARTS_OF_DAY, UNIT, unitName, weekdayNumber } from './lexicon';

/** A count before a unit is a rate, not a duration: "twice a day", "$5 a year". */
const RATE_BEFORE = /(?:\b(?:once|twice|thrice|times)|[\d%]|\b(?:dollars?|euros?|rubles?|roubles?|pounds?|percent|cents?))\s+$/i;

const countedDuration: DateRule = {
	needs: Anchor.unit,
	cues: [Cue.unit],
	pattern: new RegExp(
		`\\b(?:(?:the|these|those|its|their|his|her)\\s+)?(?:(?:last|past|next|coming|previous|following|first|recent|final|remaining|initial|latest)\\s+)?(${COUNT})[\\s-]+(?:(?:more|additional|full|straight|consecutive|long)\\s+)?(${UNIT})(?:-(?:long|old))?(\\s+and\\s+a\\s+half)?\\b`,
		'gi',
	),
	read(match, context) {
		const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 5);
		// An age ("a 6-year-old", "50 years old") is not a period of time.
		if (/-old$/i.test(match[0]) || /^\s+old\b/i.test(after)) return null;
		// A year before a unit ("the 1988 quarter") is not a count.
		if (/^(?:1[5-9]|20)\d\d$/.test(match[1])) return null;
		const counted = countValue(match[1]);
		const count = counted !== null && match[3] ? counted + 0.5 : counted;
		const unit = unitName(match[2]);
		const isArticle = /^an?$/i.test(match[1]);
		if (isArticle && RATE_BEFORE.test(context.text.slice(Math.max(0, match.index - 12), match.index))) {
			return { type: 'set', value: durationValue(1, unit), resolution: 'a rate: once every such unit' };
		}
		return { type: 'duration', value: durationValue(count, unit), resolution: count === null ? 'an unspecified number of units' : 'a counted length of time' };
	},
};

const vagueDuration: DateRule = {
	needs: Anchor.unit,
	cues: [Cue.pluralUnit],
	pattern: /\b(?:(?:the\s+)?(?:coming|recent|past|last|next|previous|following)\s+(seconds|minutes|hours|days|weeks|months|years|decades)|(?<=\b(?:for|over|within|in|after|take|takes|took|lasted|last)\s+)(seconds|minutes|hours|days|weeks|months|years|decades)(?!\s+(?:of|to|before|after|ago|earlier|later)\b))\b/gi,
	read(match) {
		const unit = unitName(match[1] ?? match[2]);
		return { type: 'duration', value: durationValue(null, unit), resolution: 'an unspecified number of units' };
	},
};

const SET_UNITS: Readonly<Record<string, string>> = {
	second: 'PT1S', minute: 'PT1M', hour: 'PT1H', day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y',
	morning: 'XXXX-XX-XXTMO', afternoon: 'XXXX-XX-XXTAF', evening: 'XXXX-XX-XXTEV', night: 'XXXX-XX-XXTNI', weekend: 'XXXX-WXX-WE',
};

const every: DateRule = {
	needs: Anchor.unit | Anchor.partOfDay | Anchor.weekday,
	cues: [Cue.every],
	pattern: /\b(?:every|each)\s+(?:other\s+|single\s+)?(second|minute|hour|day|week|month|year|morning|afternoon|evening|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(morning|afternoon|evening|night))?\b/gi,
	read(match) {
		const weekday = weekdayNumber(match[1]);
		const part = match[2] && weekday ? `T${PARTS_OF_DAY[match[2].toLowerCase()]}` : '';
		if (match[2] && !weekday) return null;
		const value = weekday ? `XXXX-WXX-${weekday}${part}` : SET_UNITS[match[1].toLowerCase()];
		return { type: 'set', value, resolution: 'a repeated time' };
	},
};

/** Frequency adverbs; "quarterly" is left out: in news it is mostly the adjective of reports and dividends. */
const ADVERB_SETS: Readonly<Record<string, string>> = { hourly: 'PT1H', daily: 'P1D', nightly: 'XXXX-XX-XXTNI', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y' };

const frequencyWord: DateRule = {
	needs: Anchor.frequency,
	pattern: /\b(hourly|daily|nightly|weekly|biweekly|monthly|yearly|annually)\b/gi,
	read(match, context) {
		const before = context.text.slice(Math.max(0, match.index - 2), match.index);
		const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 3);
		// A name ("the Daily Mail") or a publication ("the weekly Der Spiegel").
		if ((/^[A-Z]/.test(match[1]) && /[\p{L},]\s$/u.test(before)) || /^\s+\p{Lu}/u.test(after)) return null;
		return { type: 'set', value: ADVERB_SETS[match[1].toLowerCase()], resolution: 'a repeated time' };
	},
};

const rate: DateRule = {
	needs: Anchor.unit,
	cues: [Cue.rateCue, Cue.rateUnit],
	pattern: /\b(?:(?:once|twice|thrice|\w+\s+times)\s+(?:a|an|per|every)\s+|per\s+)(second|minute|hour|day|week|month|year)\b/gi,
	read: (match) => ({ type: 'set', value: SET_UNITS[match[1].toLowerCase()], resolution: 'a repeated time' }),
};

const weekdays: DateRule = {
	needs: Anchor.weekday,
	cues: [Cue.pluralWeekday],
	pattern: /\b(?<=\bon\s+)(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b/g,
	read: (match) => ({ type: 'set', value: `XXXX-WXX-${weekdayNumber(match[1].slice(0, -1))}`, resolution: 'a repeated weekday' }),
};

/** Duration and set rules. */
export const DURATION_RULES: readonly DateRule[] = [countedDuration, vagueDuration, every, frequencyWord, rate, weekdays];
