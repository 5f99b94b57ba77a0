import type { Actor, ArticleAnalysis, DateExpression, Quote } from '../../../src/analysis/types';
import type { Claim } from '../../../src/annotations/sidecarSchema';
import { summarizeArticle, type ArticleEntry, type StringPool } from '../../../src/index';

/** An actor whose mentions are the given [start, text] pairs. */
export function actor(id: string, name: string, kind: Actor['kind'], mentions: Array<[number, string]>): Actor {
	return { id, name, kind, mentions: mentions.map(([start, text]) => ({ start, end: start + text.length, text })) };
}

export function quote(start: number, text: string, speaker: string | null): Quote {
	return { start, end: start + text.length, text, speaker };
}

export function date(start: number, text: string, value?: string): DateExpression {
	return { start, end: start + text.length, text, type: 'date', ...(value ? { value } : {}) };
}

export function claim(id: string, tag: string, start: number, exact: string, extra: Partial<Claim> = {}): Claim {
	const now = '2026-01-01T00:00:00Z';
	return { id, tag, status: 'unverified', speaker: null, note: '', created: now, updated: now, target: { start, end: start + exact.length, exact, prefix: '', suffix: '' }, ...extra };
}

/** An index entry built from the given analysis parts, the way the editor builds one. */
export function entry(uri: string, parts: Partial<ArticleAnalysis> & { claims?: Claim[] }, pool?: StringPool): ArticleEntry {
	const analysis: ArticleAnalysis = { referenceDate: parts.referenceDate ?? null, actors: parts.actors ?? [], quotes: parts.quotes ?? [], dates: parts.dates ?? [] };
	return summarizeArticle(uri, analysis, parts.claims ?? [], pool);
}

/** Two articles in which Lavrov speaks (spelled differently), with Blinken, dates and claims. */
export function twoArticles(): ArticleEntry[] {
	return [
		entry('file:///a.txt', {
			referenceDate: '2022-01-28',
			actors: [actor('sergei-lavrov', 'Sergei Lavrov', 'person', [[10, 'Sergei Lavrov'], [80, 'Lavrov']]), actor('moscow', 'Moscow', 'place', [[40, 'Moscow']])],
			quotes: [quote(20, '“We do not want war”', 'sergei-lavrov'), quote(100, '“No comment”', null)],
			dates: [date(60, 'next week', '2022-W05'), date(120, 'Friday', '2022-01-21'), date(140, 'soon')],
			claims: [claim('c1', 'threat', 20, '“We do not want war”', { status: 'disputed' }), claim('c2', 'denial', 150, 'gone', { orphaned: true })],
		}),
		entry('file:///b.txt', {
			referenceDate: '2022-02-15',
			actors: [actor('sergei-lavrov', 'Sergei Lavrov', 'person', [[5, 'Lavrov']]), actor('antony-blinken', 'Antony Blinken', 'person', [[30, 'Blinken']])],
			quotes: [quote(50, '“Diplomacy is not over”', 'sergei-lavrov'), quote(90, '“We are ready”', 'antony-blinken')],
			dates: [date(10, 'February 20', '2022-02-20')],
			claims: [claim('c3', 'threat', 50, '“Diplomacy is not over”', { status: 'verified' })],
		}),
	];
}
