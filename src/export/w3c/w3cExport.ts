import { targetAt } from '../../annotations/anchoring';
import { annotationRecords, type AnnotationRecord } from '../annotationRecords';
import type { ArticleExport, DocumentOutput } from '../articleExport';
import { CodePointOffsets } from '../codePoints';
import { JSON_ITEMS, jsonFrame, writeArticles, type FormatWriter } from '../formatWriter';
import { annotationId, MOTIVATIONS, VOCABULARY_PREFIX, W3C_CONTEXT } from './w3cVocabulary';

interface TextualBody {
	type: 'TextualBody';
	purpose: string;
	value: string;
}

/** Depth of an annotation in the document: `{ "first": { "items": [ here ] } }`. */
const ANNOTATION_DEPTH = 3;

/**
 * Every annotation of every article as W3C Web Annotations (JSON-LD), gathered in one AnnotationCollection.
 * Each target names its article by a relative IRI and selects the text twice: a TextQuoteSelector (exact,
 * prefix, suffix) and a TextPositionSelector counted in Unicode code points, as the model requires.
 * An orphaned claim keeps only its quote selector. A part is an article's annotations, each serialised as
 * soon as it is built, one per line: a readable file a third the size of an indented one, written without
 * holding every annotation object at once.
 */
export const w3cWriter: FormatWriter<string[], DocumentOutput> = {
	articlePart: (article) => {
		const codePoints = new CodePointOffsets(article.text);
		const source = encodeURI(article.file);
		const idPrefix = encodeURIComponent(article.file);
		return annotationRecords(article).map((record, index) => JSON.stringify(webAnnotation(article, record, index, source, idPrefix, codePoints)));
	},
	assemble: (parts) => {
		const lines = parts.flat();
		// Not a framed writer: the collection states its total before the annotations.
		const { head, separator, tail } = jsonFrame(
			{
				'@context': W3C_CONTEXT,
				id: `${VOCABULARY_PREFIX}export`,
				type: 'AnnotationCollection',
				label: 'Article Annotator export',
				total: lines.length,
				first: { id: `${VOCABULARY_PREFIX}export:page-1`, type: 'AnnotationPage', startIndex: 0, items: JSON_ITEMS },
			},
			ANNOTATION_DEPTH,
		);
		return { kind: 'document', content: head + lines.join(separator) + tail, warnings: [] };
	},
};

/** The W3C Web Annotation export of `articles`. */
export function exportW3c(articles: readonly ArticleExport[]): DocumentOutput {
	return writeArticles(w3cWriter, articles);
}

function webAnnotation(article: ArticleExport, record: AnnotationRecord, index: number, source: string, idPrefix: string, codePoints: CodePointOffsets) {
	const { claim } = record;
	const { exact, prefix, suffix } = claim?.target ?? targetAt(article.text, record.start, record.end);
	const quote = { type: 'TextQuoteSelector', exact, prefix, suffix };
	const position = { type: 'TextPositionSelector', start: codePoints.toCodePoint(record.start), end: codePoints.toCodePoint(record.end) };
	const body = bodies(record);
	return {
		id: annotationId(record.kind, idPrefix, claim ? claim.id : String(index)),
		type: 'Annotation',
		motivation: MOTIVATIONS[record.kind],
		...(claim ? { created: claim.created, modified: claim.updated } : {}),
		'aa:kind': record.kind,
		...(record.speaker !== undefined ? { 'aa:speaker': record.speaker } : {}),
		...(claim?.orphaned ? { 'aa:orphaned': true } : {}),
		...(body.length > 0 ? { body } : {}),
		target: { source, selector: claim?.orphaned ? [quote] : [quote, position] },
	};
}

/** Tag (actor kind, date type, claim tag), value (actor name, TIMEX), status and note as textual bodies. */
function bodies(record: AnnotationRecord): TextualBody[] {
	const parts: Array<[string, string | undefined]> = [
		['tagging', record.tag],
		[record.kind === 'actor' ? 'identifying' : 'describing', record.value],
		['assessing', record.status],
		['commenting', record.note],
	];
	return parts.filter((part): part is [string, string] => part[1] !== undefined && part[1] !== '').map(([purpose, value]) => ({ type: 'TextualBody', purpose, value }));
}
