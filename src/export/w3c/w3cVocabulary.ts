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

/** The id of a claim's annotation: its sidecar id is kept so an import can find it again. */
export const claimAnnotationId = (claimId: string) => `${VOCABULARY_PREFIX}claim:${encodeURIComponent(claimId)}`;

/** The claim id in an annotation id written by `claimAnnotationId`, else undefined. */
export function claimIdOf(annotationId: unknown): string | undefined {
	const prefix = `${VOCABULARY_PREFIX}claim:`;
	if (typeof annotationId !== 'string' || !annotationId.startsWith(prefix)) return undefined;
	try {
		return decodeURIComponent(annotationId.slice(prefix.length)) || undefined;
	} catch {
		return undefined;
	}
}
