/** Clock times ("3 p.m.", "10:30", "15:45 GMT"); they take the reference date's day unless a day stands beside them. */
import { Anchor } from './candidateWindows';
import { formatDay, pad } from './calendar';
import { Cue } from './cues';
import type { DateRule } from './dateRule';

const ZONE = '(?:\\s+(?:[ECMP][SD]T|GMT|UTC|CET|CEST|EET|EEST|MSK|BST)\\b|\\s+local\\s+time\\b)?';

const clockTime: DateRule = {
	needs: Anchor.digit,
	cues: [Cue.clockDigits],
	pattern: new RegExp(`(?<![\\d.,:])\\b(?:(1[0-2]|0?[1-9])(?::([0-5]\\d))?\\s*([ap])\\.?\\s?m\\b\\.?|([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:]))${ZONE}|\\b(1[0-2]|[1-9])\\s+o['’]clock\\b`, 'gi'),
	read(match, context) {
		const [, hour12, minute12, meridiem, hour24, minute24, oclock] = match;
		let hour = Number(hour24 ?? hour12 ?? oclock);
		if (meridiem) hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
		const clock = `T${pad(hour)}:${pad(Number(minute24 ?? minute12 ?? 0))}`;
		if (!context.ref) return { type: 'time', clock, resolution: 'a clock time on a day that needs the article date' };
		return { type: 'time', value: formatDay(context.ref) + clock, clock, resolution: 'a clock time on the reference date' };
	},
};

/** Clock time rules. */
export const CLOCK_RULES: readonly DateRule[] = [clockTime];
