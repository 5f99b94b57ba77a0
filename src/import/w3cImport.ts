import { claimSchema } from '../annotations/sidecarSchema';
import { CodePointOffsets } from '../export/codePoints';
import { claimIdOf } from '../export/w3c/w3cVocabulary';
import { isClaimStatus } from './bratImport';
import type { ImportedClaim, ParsedImport } from './importedClaim';

type Json = Record<string, unknown>;

/** Kinds our own export writes for the analysis: recomputed from the text, never imported. */
const ANALYSIS_KINDS = new Set(['actor', 'quote', 'date']);

/**
 * Reads W3C Web Annotations (one annotation, an array, an AnnotationPage or an AnnotationCollection with its
 * first page) as claims of `articleText`. A target is placed by its TextPositionSelector (code points) and
 * TextQuoteSelector; bodies give the tag (`tagging`), status (`assessing`), note (`commenting`, or a textual
 * body without purpose) and our `aa:speaker`. When the file annotates several sources, only those whose source
 * ends with `articleName` are read. Throws when the JSON is not Web Annotation data.
 */
export function parseW3cAnnotations(json: string, articleText: string, articleName: string): ParsedImport {
	let data: unknown;
	try {
		data = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
	} catch (error) {
		throw new Error(`not valid JSON (${(error as Error).message})`);
	}
	const annotations = annotationList(data);
	if (!annotations) throw new Error('not W3C Web Annotation data (no Annotation, AnnotationPage or AnnotationCollection)');
	const sources = new Set(annotations.map((annotation) => firstTarget(annotation)?.source));
	const wanted = sources.size > 1 ? annotations.filter((annotation) => sourceMatches(firstTarget(annotation)?.source, articleName)) : annotations;
	const codePoints = new CodePointOffsets(articleText);
	const claims: ImportedClaim[] = [];
	let skipped = annotations.length - wanted.length;
	for (const annotation of wanted) {
		const claim = ANALYSIS_KINDS.has(String(annotation['aa:kind'])) ? undefined : toClaim(annotation, articleText, codePoints);
		if (claim) claims.push(claim);
		else skipped++;
	}
	return { claims, skipped };
}

function annotationList(data: unknown): Json[] | undefined {
	if (Array.isArray(data)) return data.filter(isAnnotation);
	if (!isObject(data)) return undefined;
	if (asArray(data.type).includes('Annotation')) return [data];
	const page = data.type === 'AnnotationCollection' ? data.first : data;
	if (isObject(page) && Array.isArray(page.items)) return page.items.filter(isAnnotation);
	return undefined;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function isAnnotation(value: unknown): value is Json {
	return isObject(value) && asArray(value.type).includes('Annotation');
}

/** The first target that is a specific resource (an object with a source). */
function firstTarget(annotation: Json): { source: unknown; selectors: Json[] } | undefined {
	const target = asArray(annotation.target).find(isObject);
	return target ? { source: target.source, selectors: asArray(target.selector).filter(isObject) } : undefined;
}

function sourceMatches(source: unknown, articleName: string): boolean {
	if (typeof source !== 'string') return false;
	let path = source;
	try {
		path = decodeURI(source);
	} catch {
		// keep it as written
	}
	return path === articleName || path.endsWith(`/${articleName}`);
}

function toClaim(annotation: Json, articleText: string, codePoints: CodePointOffsets): ImportedClaim | undefined {
	const selectors = firstTarget(annotation)?.selectors ?? [];
	const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector' && typeof selector.exact === 'string');
	const position = selectors.find((selector) => selector.type === 'TextPositionSelector' && isOffset(selector.start) && isOffset(selector.end));
	if (!quote && !position) return undefined;
	const start = position ? codePoints.toUtf16(position.start as number) : 0;
	const end = position ? codePoints.toUtf16(position.end as number) : 0;
	const text = (key: string) => (quote && typeof quote[key] === 'string' ? (quote[key] as string) : '');
	const bodies = asArray(annotation.body);
	const status = bodyValues(bodies, 'assessing').map((value) => value.trim().toLowerCase()).find(isClaimStatus);
	const speaker = annotation['aa:speaker'];
	return {
		target: { start, end, exact: quote ? text('exact') : articleText.slice(start, end), prefix: text('prefix'), suffix: text('suffix') },
		tag: bodyValues(bodies, 'tagging').find((value) => value.trim())?.trim() ?? 'claim',
		status: status ?? 'unverified',
		speaker: typeof speaker === 'string' ? speaker : null,
		note: bodyValues(bodies, 'commenting', true).join('\n'),
		id: claimIdOf(annotation.id),
		created: sidecarDateTime(annotation.created),
		updated: sidecarDateTime(annotation.modified),
	};
}

/** A W3C date-time the sidecar accepts as it is (UTC, `Z`), else undefined (the import time is used). */
function sidecarDateTime(value: unknown): string | undefined {
	return claimSchema.shape.created.safeParse(value).success ? (value as string) : undefined;
}

const isOffset = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** The values of the textual bodies with a purpose (with `includeUnlabelled`, also those without one). */
function bodyValues(bodies: readonly unknown[], purpose: string, includeUnlabelled = false): string[] {
	const values: string[] = [];
	for (const body of bodies) {
		if (isObject(body) && typeof body.value === 'string') {
			const purposes = asArray(body.purpose);
			if (purposes.includes(purpose) || (includeUnlabelled && purposes.length === 0)) values.push(body.value);
		}
	}
	return values;
}
