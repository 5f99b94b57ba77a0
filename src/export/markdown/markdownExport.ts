import type { Actor, ArticleAnalysis, DateExpression } from '../../analysis';
import type { Claim } from '../../annotations/sidecarSchema';
import { annotationRecords, type AnnotationRecord } from '../annotationRecords';
import type { ArticleExport, DocumentOutput } from '../articleExport';
import { framedWriter, writeArticles } from '../formatWriter';
import { escapeMarkdown } from './escapeMarkdown';

/** A readable report: per article a summary, the actors, the quotes by speaker, a timeline and the claims. */
export const markdownWriter = framedWriter(articleReport, () => ({ head: '', separator: '\n---\n\n', tail: '', empty: '' }));

/** The Markdown report of `articles`. */
export function exportMarkdown(articles: readonly ArticleExport[]): DocumentOutput {
	return writeArticles(markdownWriter, articles);
}

function articleReport(article: ArticleExport): string {
	const { analysis } = article;
	const claims = article.sidecar?.claims ?? [];
	return [
		`# ${escapeMarkdown(article.file)}\n`,
		summary(analysis, claims),
		section('Actors', analysis.actors.length, () => actorsTable(analysis.actors)),
		section('Quotes by speaker', analysis.quotes.length, () => quotesBySpeaker(annotationRecords(article).filter((record) => record.kind === 'quote'))),
		section('Timeline', analysis.dates.length, () => timeline(analysis.dates)),
		section('Claims', claims.length, () => claimsTable(claims)),
	].join('\n');
}

function summary(analysis: ArticleAnalysis, claims: readonly Claim[]): string {
	const byStatus = new Map<string, number>();
	for (const claim of claims) byStatus.set(claim.status, (byStatus.get(claim.status) ?? 0) + 1);
	const statusList = [...byStatus].map(([status, count]) => `${count} ${status}`).join(', ');
	return [
		'## Summary\n',
		`- Reference date: ${analysis.referenceDate ?? 'unknown'}`,
		`- Actors: ${count(analysis.actors, 'person', 'person', 'people')}, ${count(analysis.actors, 'organization', 'organisation', 'organisations')}, ${count(analysis.actors, 'place', 'place', 'places')}`,
		`- Quotes: ${analysis.quotes.length}`,
		`- Dates: ${analysis.dates.length}`,
		`- Claims: ${claims.length}${statusList ? ` (${statusList})` : ''}\n`,
	].join('\n');
}

function count(actors: readonly Actor[], kind: Actor['kind'], singular: string, plural: string): string {
	const total = actors.filter((actor) => actor.kind === kind).length;
	return `${total} ${total === 1 ? singular : plural}`;
}

function section(title: string, size: number, body: () => string): string {
	return `## ${title}\n\n${size === 0 ? '_None._\n' : body()}`;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
	const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
	return `${[line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')}\n`;
}

function actorsTable(actors: readonly Actor[]): string {
	const sorted = [...actors].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
	return table(
		['Actor', 'Kind', 'Role', 'Mentions'],
		sorted.map((actor) => [escapeMarkdown(actor.name), actor.kind, escapeMarkdown(actor.role ?? ''), String(actor.mentions.length)]),
	);
}

/** Quotes grouped under their speaker (speaker corrections applied), unattributed ones last. */
function quotesBySpeaker(quotes: readonly AnnotationRecord[]): string {
	const groups = new Map<string, AnnotationRecord[]>();
	for (const quote of quotes) {
		const group = groups.get(quote.speaker ?? '');
		if (group) group.push(quote);
		else groups.set(quote.speaker ?? '', [quote]);
	}
	return [...groups]
		.sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
		.map(([speaker, group]) => `### ${speaker ? escapeMarkdown(speaker) : 'Unattributed'}\n\n${group.map((quote) => `> ${escapeMarkdown(quote.text)}\n`).join('>\n')}`)
		.join('\n');
}

function timeline(dates: readonly DateExpression[]): string {
	const sorted = [...dates].sort((a, b) => (a.value ?? '\uffff').localeCompare(b.value ?? '\uffff') || a.start - b.start);
	return table(
		['When', 'Text', 'Type'],
		sorted.map((date) => [escapeMarkdown([date.value ?? '?', date.mod ?? ''].join(' ')), escapeMarkdown(date.text), date.type]),
	);
}

function claimsTable(claims: readonly Claim[]): string {
	return table(
		['Status', 'Tag', 'Speaker', 'Claim', 'Note'],
		claims.map((claim) => [
			claim.orphaned ? `${claim.status} (orphaned)` : claim.status,
			escapeMarkdown(claim.tag),
			escapeMarkdown(claim.speaker ?? ''),
			escapeMarkdown(claim.target.exact),
			escapeMarkdown(claim.note),
		]),
	);
}
