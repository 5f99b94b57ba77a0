import type { Actor, Quote } from '../types';

/** Finds quotations and their speakers (actor ids) among the given actors. */
export function findQuotes(_text: string, _actors: readonly Actor[]): Quote[] {
	return [];
}
