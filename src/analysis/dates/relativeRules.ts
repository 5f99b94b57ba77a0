/** Rules for days, weeks, months and years named relative to the reference date: today, last Friday, next week, a week ago. */
import { Anchor } from './candidateWindows';
import type { DateMod } from '../types';
import { addDays, formatDay, formatWeek, isoWeekday } from './calendar';
import { Cue } from './cues';
import type { DateRule, Reading, RuleContext } from './dateRule';
import { COUNT, countValue, PARTS_OF_DAY, unitName, weekdayNumber } from './lexicon';
import { dayOfMonthNear, nearestWeekday, shiftedPeriod, tenseWords } from './resolve';

const NO_REFERENCE = 'relative to the article date, which is not set';

/** A reading that needs the reference date: without one it keeps its type and gets no value. */
function relative(context: RuleContext, type: Reading['type'], resolve: (ref: NonNullable<RuleContext['ref']>) => Pick<Reading, 'value' | 'resolution'>): Reading {
	return context.ref ? { type, ...resolve(context.ref) } : { type, resolution: NO_REFERENCE };
}

const DAY_OFFSETS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, this: 0, last: -1 };

const namedDay: DateRule = {
	needs: Anchor.dayWord | Anchor.partOfDay,
	cues: [Cue.namedDay | Cue.thisOrLast],
	pattern: /\b(?:(today|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(tonight)|(this|last)\s+(morning|afternoon|evening|night))\b/gi,
	read(match, context) {
		const dayWord = (match[1] ?? match[3] ?? match[4]).toLowerCase();
		if (match[1] === 'Today' && /\bUSA\s$/.test(context.text.slice(Math.max(0, match.index - 4), match.index))) return null;
		if (dayWord === 'last' && match[5].toLowerCase() !== 'night') return null;
		const part = (match[2] ?? match[5] ?? (match[3] ? 'night' : '')).toLowerCase();
		const offset = DAY_OFFSETS[dayWord];
		return relative(context, part ? 'time' : 'date', (ref) => ({
			value: formatDay(addDays(ref, offset)) + (part ? `T${PARTS_OF_DAY[part]}` : ''),
			resolution: offset === 0 ? 'the reference date' : offset < 0 ? 'the day before the reference date' : 'the day after the reference date',
		}));
	},
};

const weekday: DateRule = {
	needs: Anchor.weekday,
	pattern: /\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(morning|afternoon|evening|night))?(?:\s*\((\d{1,2})\))?(?!\w)/g,
	read(match, context) {
		const [, cue, name, part, dayOfMonth] = match;
		const weekdayIndex = weekdayNumber(name) ?? 1;
		const withPart = (day: string) => day + (part ? `T${PARTS_OF_DAY[part]}` : '');
		return relative(context, part ? 'time' : 'date', (ref) => {
			if (dayOfMonth) {
				const day = dayOfMonthNear(ref, Number(dayOfMonth), weekdayIndex);
				if (day) return { value: withPart(formatDay(day)), resolution: 'the weekday with that day of the month nearest the reference date' };
			}
			const lowerCue = cue?.toLowerCase();
			if (lowerCue === 'last') return { value: withPart(formatDay(nearestWeekday(addDays(ref, -1), weekdayIndex, 'past'))), resolution: 'the last such weekday before the reference date' };
			if (lowerCue === 'next' || lowerCue === 'coming') return { value: withPart(formatDay(nearestWeekday(addDays(ref, 1), weekdayIndex, 'future'))), resolution: 'the first such weekday after the reference date' };
			// "Wednesday's ruling": a possessive weekday names a day whose event has happened.
			const isPossessive = /^['’]s\b/.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 3));
			const tense = isPossessive ? 'past' : context.tenseAt(match.index, match.index + match[0].length);
			const day = formatDay(nearestWeekday(ref, weekdayIndex, tense));
			const direction = day === formatDay(ref) ? 'the reference date' : tense === 'past' ? 'weekday before the reference date' : tense === 'future' ? 'weekday after the reference date' : 'weekday nearest the reference date';
			return { value: withPart(day), resolution: `${direction} (${tenseWords(tense)})` };
		});
	},
};

const SHIFTS: Readonly<Record<string, number>> = { this: 0, current: 0, last: -1, previous: -1, past: -1, next: 1, coming: 1, following: 1 };

const relativePeriod: DateRule = {
	needs: Anchor.unit,
	cues: [Cue.periodCue, Cue.periodUnit],
	pattern: /\b(?:(earlier|later)\s+)?(this|current|last|previous|next|coming|following)\s+(week(?:end)?|month|quarter|year|decade|century)\b/gi,
	read(match, context) {
		const [, edge, cueWord, unitWord] = match;
		const cue = cueWord.toLowerCase();
		if (edge && cue !== 'this') return null;
		const shift = SHIFTS[cue];
		const isWeekend = unitWord.toLowerCase() === 'weekend';
		const mod = edge ? (edge.toLowerCase() === 'earlier' ? 'START' : 'END') : undefined;
		return {
			...relative(context, 'date', (ref) => ({
				value: (shiftedPeriod(ref, isWeekend ? 'week' : unitName(unitWord), shift) ?? '') + (isWeekend ? '-WE' : ''),
				resolution: shift === 0 ? `the ${unitWord.toLowerCase()} of the reference date` : `the ${unitWord.toLowerCase()} ${shift < 0 ? 'before' : 'after'} the reference date's ${unitWord.toLowerCase()}`,
			})),
			...(mod ? { mod } : {}),
		};
	},
};

/** "over the weekend": the last one in the past tense, the coming one otherwise; on a Saturday or Sunday, that one. */
const theWeekend: DateRule = {
	needs: Anchor.unit,
	cues: [Cue.weekend],
	pattern: /\b(?<=\b(?:over|during|at|on|for|through|by|until|this|the)\s+)(?:the\s+)?weekend\b/gi,
	read(match, context) {
		return relative(context, 'date', (ref) => {
			const weekday = isoWeekday(ref);
			const tense = context.tenseAt(match.index, match.index + match[0].length);
			const shift = weekday >= 6 ? 0 : tense === 'past' ? -1 : 0;
			return { value: `${formatWeek(addDays(ref, 7 * shift))}-WE`, resolution: `the weekend nearest the reference date (${tenseWords(tense)})` };
		});
	},
};

const EDGE_MODS: Readonly<Record<string, DateMod>> = { end: 'END', beginning: 'START', start: 'START', middle: 'MID' };

/**
 * "the end of the year": the reference date's own period, qualified; but an end still to come cannot be
 * spoken of in the past tense, nor a beginning already gone in the future tense: those are the previous
 * and the next period's.
 */
const periodEdge: DateRule = {
	needs: Anchor.unit,
	cues: [Cue.edge, Cue.edgeUnit],
	pattern: /\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(?:the\s+)?(week|month|year)\b/gi,
	read(match, context) {
		const unit = unitName(match[2]);
		const mod = EDGE_MODS[match[1].toLowerCase()];
		return {
			...relative(context, 'date', (ref) => {
				const tense = context.tenseAt(match.index, match.index + match[0].length);
				const progress = unit === 'year' ? (ref.month - 1) / 12 : unit === 'month' ? (ref.day - 1) / 31 : (isoWeekday(ref) - 1) / 7;
				const shift = mod === 'END' && tense === 'past' && progress < 0.5 ? -1 : mod === 'START' && tense === 'future' && progress >= 0.5 ? 1 : 0;
				const which = shift === 0 ? 'of the reference date' : shift < 0 ? "before the reference date's" : "after the reference date's";
				return { value: shiftedPeriod(ref, unit, shift), resolution: `the ${unit} ${which} (${tenseWords(tense)})` };
			}),
			mod,
		};
	},
};

const offsetPeriod: DateRule = {
	needs: Anchor.unit,
	cues: [Cue.offsetCue, Cue.unit],
	pattern: new RegExp(`\\b(${COUNT})\\s+(days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)\\s+(ago|earlier|later|from\\s+now|hence)\\b`, 'gi'),
	read(match, context) {
		const count = countValue(match[1]);
		const direction = /^(?:ago|earlier)$/i.test(match[3]) ? -1 : 1;
		if (count === null) return { type: 'date', resolution: 'a vague distance from the reference date' };
		const unit = unitName(match[2]);
		const reading = relative(context, 'date', (ref) => ({
			value: shiftedPeriod(ref, unit, direction * count),
			resolution: `the ${unit} that lies ${count} ${unit}${count === 1 ? '' : 's'} ${direction < 0 ? 'before' : 'after'} the reference date`,
		}));
		// "earlier" and "later" count from the date the text spoke of last, when there is one.
		return /^(?:earlier|later)$/i.test(match[3]) ? { ...reading, shift: { unit, count: direction * count } } : reading;
	},
};

/** "the next day", "the previous week": one unit from the date the text spoke of last (else from the reference date). */
const adjacentPeriod: DateRule = {
	needs: Anchor.unit,
	cues: [Cue.adjacentCue, Cue.adjacentUnit],
	pattern: /\bthe\s+(next|following|previous|preceding)\s+(day|week|month|year)\b/gi,
	read(match, context) {
		const unit = unitName(match[2]);
		const count = /^(?:next|following)$/i.test(match[1]) ? 1 : -1;
		return {
			...relative(context, 'date', (ref) => ({ value: shiftedPeriod(ref, unit, count), resolution: `the ${unit} ${count < 0 ? 'before' : 'after'} the reference date's` })),
			shift: { unit, count },
		};
	},
};

const noon: DateRule = {
	needs: Anchor.dayWord,
	cues: [Cue.noon],
	pattern: /\b(?:12\s+)?(?:noon|midday)\b/gi,
	read: (_match, context) => ({ ...relative(context, 'time', (ref) => ({ value: `${formatDay(ref)}T12:00`, resolution: 'noon of the reference date' })), clock: 'T12:00' }),
};

/** Relative rules, most specific first. */
export const RELATIVE_RULES: readonly DateRule[] = [namedDay, weekday, relativePeriod, theWeekend, periodEdge, offsetPeriod, adjacentPeriod, noon];
