/** Calendar values (TIMEX3) in words for hovers. Imports nothing from `vscode`. */

/**
 * A day, a day and time, or a month as the locale writes it ("Sunday, 23 January 2022"); undefined
 * for the other TIMEX3 values (weeks, seasons, durations…), which hovers show as they are.
 */
export function timexInWords(value: string, locale: string): string | undefined {
	const match = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?$/.exec(value);
	if (!match) return undefined;
	const [, year, month, day, hour, minute] = match;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1), Number(hour ?? 0), Number(minute ?? 0)));
	if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(month) - 1) return undefined;
	const options: Intl.DateTimeFormatOptions = day
		? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
		: { month: 'long', year: 'numeric', timeZone: 'UTC' };
	if (hour) Object.assign(options, { hour: '2-digit', minute: '2-digit' });
	try {
		return new Intl.DateTimeFormat(locale, options).format(date);
	} catch {
		return new Intl.DateTimeFormat('en', options).format(date); // An unknown locale tag.
	}
}
