import type { DateExpression } from '../types';

/** Finds date and time expressions, resolved against the reference date (`YYYY-MM-DD`) where one is known. */
export function findDates(_text: string, _referenceDate: string | null): DateExpression[] {
	return [];
}
