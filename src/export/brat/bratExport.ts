import { CLAIM_STATUSES, DEFAULT_CLAIM_TAGS } from '../../annotations/sidecarSchema';
import { annotationRecords, type AnnotationRecord } from '../annotationRecords';
import type { ArticleExport, ExportedFile, FolderOutput } from '../articleExport';
import { CodePointOffsets } from '../codePoints';
import { writeArticles, type FormatWriter } from '../formatWriter';
import {
	attributeToken,
	DATE_TYPE_ATTRIBUTE,
	ENTITY_TYPES,
	escapeComment,
	NOTE_COMMENT,
	SPEAKER_COMMENT,
	STATUS_ATTRIBUTE,
	TAG_ATTRIBUTE,
} from './bratVocabulary';

/** An article's part of a brat export: its document's text and `.ann` lines, and what the folder's files need. */
export interface BratArticlePart {
	file: string;
	text: string;
	ann: string;
	/** Claim tags the `.ann` uses, for `annotation.conf`. */
	tags: string[];
	/** Orphaned claims left out. */
	orphaned: number;
}

/**
 * brat standoff: for each article a `.txt` (its text) and an `.ann` beside it, and one `annotation.conf`.
 * Offsets count Unicode code points, as brat does; a span over line breaks becomes fragments without them.
 * Orphaned claims have no place in the text and are left out (with a warning).
 */
export const bratWriter: FormatWriter<BratArticlePart, FolderOutput> = {
	articlePart: (article) => {
		const { lines, tags, orphaned } = annotationLines(article);
		return { file: article.file, text: article.text, ann: lines.map((line) => `${line}\n`).join(''), tags: [...tags], orphaned };
	},
	assemble: (parts) => {
		const files: ExportedFile[] = [];
		const warnings: string[] = [];
		const tags = new Set<string>(DEFAULT_CLAIM_TAGS);
		const names = new UniqueNames();
		for (const part of parts) {
			const base = names.claim(baseName(part.file));
			if (part.orphaned > 0) warnings.push(`${part.file}: ${part.orphaned} orphaned claim(s) left out of the brat export (they have no place in the text)`);
			files.push({ path: `${base}.txt`, content: part.text }, { path: `${base}.ann`, content: part.ann });
			for (const tag of part.tags) tags.add(tag);
		}
		files.push({ path: 'annotation.conf', content: annotationConf(tags) });
		return { kind: 'folder', files, warnings };
	},
};

/** The brat export of `articles`. */
export function exportBrat(articles: readonly ArticleExport[]): FolderOutput {
	return writeArticles(bratWriter, articles);
}

function annotationLines(article: ArticleExport): { lines: string[]; tags: Set<string>; orphaned: number } {
	const tags = new Set<string>();
	const codePoints = new CodePointOffsets(article.text);
	const lines: string[] = [];
	let entities = 0;
	let attributes = 0;
	let comments = 0;
	let orphaned = 0;
	const comment = (entity: string, type: string, value: string | undefined) => {
		if (value) lines.push(`#${++comments}\t${type} ${entity}\t${escapeComment(value)}`);
	};
	const attribute = (entity: string, name: string, value: string) => lines.push(`A${++attributes}\t${name} ${entity} ${attributeToken(value)}`);
	for (const record of annotationRecords(article)) {
		if (record.claim?.orphaned) {
			orphaned++;
			continue;
		}
		const entity = `T${++entities}`;
		const fragments = spanFragments(article.text, record.start, record.end);
		const offsets = fragments.map(([start, end]) => `${codePoints.toCodePoint(start)} ${codePoints.toCodePoint(end)}`).join(';');
		const text = fragments.map(([start, end]) => article.text.slice(start, end)).join(' ');
		lines.push(`${entity}\t${entityType(record)} ${offsets}\t${text}`);
		if (record.kind === 'claim') {
			attribute(entity, STATUS_ATTRIBUTE, record.status ?? 'unverified');
			const tag = record.tag ?? 'claim';
			attribute(entity, TAG_ATTRIBUTE, tag);
			tags.add(attributeToken(tag));
			if (attributeToken(tag) !== tag) comment(entity, TAG_ATTRIBUTE, tag);
		} else if (record.kind === 'date' && record.tag) {
			attribute(entity, DATE_TYPE_ATTRIBUTE, record.tag);
		}
		comment(entity, SPEAKER_COMMENT, record.speaker);
		comment(entity, NOTE_COMMENT, record.kind === 'claim' ? record.note : [record.value, record.note].filter(Boolean).join(' — '));
	}
	return { lines, tags, orphaned };
}

function entityType(record: AnnotationRecord): string {
	if (record.kind === 'actor') return ENTITY_TYPES[(record.tag ?? 'person') as keyof typeof ENTITY_TYPES];
	return ENTITY_TYPES[record.kind];
}

/** The parts of `[start, end)` between line breaks (brat spans hold no line break); never empty. */
export function spanFragments(text: string, start: number, end: number): Array<[number, number]> {
	const fragments: Array<[number, number]> = [];
	const lineBreak = /[\r\n]+/g;
	lineBreak.lastIndex = start;
	let from = start;
	for (let match = lineBreak.exec(text); match && match.index < end; match = lineBreak.exec(text)) {
		if (match.index > from) fragments.push([from, match.index]);
		from = match.index + match[0].length;
	}
	if (end > from) fragments.push([from, end]);
	return fragments.length > 0 ? fragments : [[start, end]];
}

function annotationConf(tags: ReadonlySet<string>): string {
	return [
		'# Written by Article Annotator. Offsets count Unicode code points. Comments: AnnotatorNotes (the note), Speaker,',
		'# and Tag (a tag that is not one token); in them \\n, \\t, \\r and \\\\ stand for a line break, a tab, a carriage',
		'# return and a backslash.',
		'[entities]',
		...Object.values(ENTITY_TYPES),
		'[relations]',
		'<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
		'[events]',
		'[attributes]',
		`${STATUS_ATTRIBUTE}\tArg:${ENTITY_TYPES.claim}, Value:${CLAIM_STATUSES.join('|')}`,
		`${TAG_ATTRIBUTE}\tArg:${ENTITY_TYPES.claim}, Value:${[...tags].join('|')}`,
		`${DATE_TYPE_ATTRIBUTE}\tArg:${ENTITY_TYPES.date}, Value:date|time|duration|set`,
		'',
	].join('\n');
}

/** The article's file name without folder and extension, as a safe brat document name. */
function baseName(file: string): string {
	const name = file.split(/[\\/]/).pop() ?? file;
	return name.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'article';
}

/** Hands out document names, numbering repeats (`a`, `a_2`, `a_3`). */
class UniqueNames {
	readonly #used = new Set<string>();

	claim(name: string): string {
		let candidate = name;
		for (let counter = 2; this.#used.has(candidate.toLowerCase()) || candidate.toLowerCase() === 'annotation'; counter++) candidate = `${name}_${counter}`;
		this.#used.add(candidate.toLowerCase());
		return candidate;
	}
}
