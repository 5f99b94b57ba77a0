/** The W3C Web Annotation terms this extension writes and reads, shared by export and import. */
import type { AnnotationKind } from '../annotationRecords';

/** Our own terms (kind, speaker, orphaned) live under this IRI prefix, declared in the JSON-LD context. */
export const VOCABULARY_PREFIX = 'urn:article-annotator:';

export const W3C_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { aa: `${VOCABULARY_PREFIX}vocab#` }] as const;

/** The motivation each kind of annotation is written with. */
export const MOTIVATIONS: Record<AnnotationKind, string> = {
	actor: 'identifying',
	quote: 'highlighting',
	date: 'describing',
	claim: 'assessing',
};

/**
 * The id of an annotation, unique across articles (`encodedFile` is the article's file through
 * encodeURIComponent); a claim's keeps its sidecar id so an import can find it again.
 */
export const annotationId = (kind: AnnotationKind, encodedFile: string, key: string) => `${VOCABULARY_PREFIX}${kind}:${encodedFile}:${encodeURIComponent(key)}`;

/** The claim id in an annotation id written by `annotationId('claim', …)`, else undefined. */
export function claimIdOf(id: unknown): string | undefined {
	const prefix = `${VOCABULARY_PREFIX}claim:`;
	if (typeof id !== 'string' || !id.startsWith(prefix)) return undefined;
	try {
		return decodeURIComponent(id.slice(id.lastIndexOf(':') + 1)) || undefined;
	} catch {
		return undefined;
	}
}
