/** The brat entity types, attributes and comment types this extension writes and reads. */
import type { AnnotationKind } from '../annotationRecords';
import type { ActorKind } from '../../analysis';

/** The brat entity type of each annotation (actors by their kind). */
export const ENTITY_TYPES = { person: 'Person', organization: 'Organization', place: 'Place', quote: 'Quote', date: 'Date', claim: 'Claim' } as const satisfies Record<
	ActorKind | Exclude<AnnotationKind, 'actor'>,
	string
>;

/** Entity types that hold the analysis, not the analyst's claims: an import leaves them out. */
export const ANALYSIS_ENTITY_TYPES: ReadonlySet<string> = new Set([ENTITY_TYPES.person, ENTITY_TYPES.organization, ENTITY_TYPES.place, ENTITY_TYPES.quote, ENTITY_TYPES.date]);

export const STATUS_ATTRIBUTE = 'Status';
export const TAG_ATTRIBUTE = 'Tag';
export const DATE_TYPE_ATTRIBUTE = 'DateType';
/** brat's own comment type, shown in its editor. */
export const NOTE_COMMENT = 'AnnotatorNotes';
export const SPEAKER_COMMENT = 'Speaker';

/** brat attribute values are single tokens: whitespace becomes `_`. */
export const attributeToken = (value: string) => value.replace(/\s+/g, '_');

/**
 * Comments are single lines: backslash, tab, line feed and carriage return are written `\\`, `\t`, `\n`, `\r`.
 * `unescapeComment` reverses it.
 */
export const escapeComment = (value: string) => value.replace(/[\\\t\n\r]/g, (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char] ?? char);

export const unescapeComment = (value: string) => value.replace(/\\([\\tnr])/g, (_match, char: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[char] ?? char);
