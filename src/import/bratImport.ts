import { CLAIM_STATUSES, type ClaimStatus } from '../annotations/sidecarSchema';
import {
	ANALYSIS_ENTITY_TYPES,
	ENTITY_TYPES,
	NOTE_COMMENT,
	SPEAKER_COMMENT,
	STATUS_ATTRIBUTE,
	TAG_ATTRIBUTE,
	unescapeComment,
} from '../export/brat/bratVocabulary';
import { CodePointOffsets } from '../export/codePoints';
import type { ImportedClaim, ParsedImport } from './importedClaim';

interface BratEntity {
	type: string;
	/** Fragments in code points, as written. */
	fragments: Array<[number, number]>;
	text: string;
	attributes: Map<string, string>;
	comments: Map<string, string>;
}

/**
 * Reads a brat `.ann` file as claims of `articleText`: every text-bound annotation (`T` line) except the
 * analysis's own types (Person, Organization, Place, Quote, Date). A `Claim` takes its tag from the `Tag`
 * comment or attribute; any other type becomes the tag. `Status` attributes and `AnnotatorNotes`/`Speaker` comments
 * fill in the rest. Offsets are code points; relations, events and normalisations are skipped.
 */
export function parseBratAnnotations(annText: string, articleText: string): ParsedImport {
	const entities = new Map<string, BratEntity>();
	let skipped = 0;
	for (const line of annText.split(/\r?\n/)) {
		if (!line.trim()) continue;
		const [id, head = '', rest = ''] = splitTabs(line);
		if (id.startsWith('T')) {
			const entity = parseEntity(head, rest);
			if (entity) entities.set(id, entity);
			else skipped++;
		} else if (id.startsWith('A') || id.startsWith('M')) {
			const [name, owner, value = 'true'] = head.split(' ');
			entities.get(owner)?.attributes.set(name, value);
		} else if (id.startsWith('#')) {
			const [type, owner] = head.split(' ');
			entities.get(owner)?.comments.set(type, unescapeComment(rest));
		} else {
			skipped++;
		}
	}
	const codePoints = new CodePointOffsets(articleText);
	const claims: ImportedClaim[] = [];
	for (const entity of entities.values()) {
		if (ANALYSIS_ENTITY_TYPES.has(entity.type)) skipped++;
		else claims.push(toClaim(entity, articleText, codePoints));
	}
	return { claims, skipped };
}

/** `id`, then the annotation's head, then the rest of the line (text or comment), which may hold tabs. */
function splitTabs(line: string): [string, string?, string?] {
	const first = line.indexOf('\t');
	if (first < 0) return [line];
	const second = line.indexOf('\t', first + 1);
	return second < 0 ? [line.slice(0, first), line.slice(first + 1)] : [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)];
}

function parseEntity(head: string, text: string): BratEntity | undefined {
	const space = head.indexOf(' ');
	if (space < 0) return undefined;
	const fragments: Array<[number, number]> = [];
	for (const fragment of head.slice(space + 1).split(';')) {
		const match = /^\s*(\d+)\s+(\d+)\s*$/.exec(fragment);
		if (!match) return undefined;
		fragments.push([Number(match[1]), Number(match[2])]);
	}
	return { type: head.slice(0, space), fragments, text, attributes: new Map(), comments: new Map() };
}

function toClaim(entity: BratEntity, articleText: string, codePoints: CodePointOffsets): ImportedClaim {
	const ranges = entity.fragments.map(([start, end]) => [codePoints.toUtf16(start), codePoints.toUtf16(end)] as const);
	const start = ranges[0][0];
	const end = ranges[ranges.length - 1][1];
	const fragmentsMatch = ranges.map(([from, to]) => articleText.slice(from, to)).join(' ') === entity.text;
	const status = entity.attributes.get(STATUS_ATTRIBUTE);
	return {
		target: { start, end, exact: fragmentsMatch ? articleText.slice(start, end) : entity.text, prefix: '', suffix: '' },
		tag: entity.type === ENTITY_TYPES.claim ? entity.comments.get(TAG_ATTRIBUTE)?.trim() || entity.attributes.get(TAG_ATTRIBUTE) || 'claim' : entity.type,
		status: isClaimStatus(status) ? status : 'unverified',
		speaker: entity.comments.get(SPEAKER_COMMENT) || null,
		note: entity.comments.get(NOTE_COMMENT) ?? '',
	};
}

/** True for one of the sidecar's claim statuses. */
export function isClaimStatus(value: unknown): value is ClaimStatus {
	return (CLAIM_STATUSES as readonly unknown[]).includes(value);
}
