/** Reading and writing sidecar text: validation, a git-friendly serialisation, the article fingerprint. */
import { createHash } from 'node:crypto';
import { parseJsonFile } from '../shared/validation';
import {
	SIDECAR_VERSION,
	sidecarSchema,
	type ActorCorrection,
	type Claim,
	type Sidecar,
	type SpeakerCorrection,
	type Target,
} from './sidecarSchema';

/** A sidecar as read: `readOnly` when it was written by a newer version of the schema (never written back). */
export interface ParsedSidecar {
	sidecar: Sidecar;
	readOnly: boolean;
}

/** The fingerprint of an article text: hex sha256 of its UTF-8 bytes. */
export function fingerprintOf(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A sidecar with no annotations for the given article text. */
export function emptySidecar(articleText: string): Sidecar {
	return { version: SIDECAR_VERSION, fingerprint: fingerprintOf(articleText), claims: [], speakerCorrections: [], actorCorrections: [] };
}

/**
 * Parses and validates sidecar text; throws a ValidationError naming `file` and the field. A sidecar of a
 * newer version is read as far as this schema understands it (unknown fields are dropped) and marked read-only.
 */
export function parseSidecar(file: string, text: string): ParsedSidecar {
	const sidecar = parseJsonFile(file, text, sidecarSchema);
	return { sidecar, readOnly: sidecar.version > SIDECAR_VERSION };
}

/**
 * Serialises a sidecar for git: two-space indentation, a fixed key order, claims ordered by position
 * (then id), optional fields only where set, and a final newline, so one change touches few lines.
 */
export function serializeSidecar(sidecar: Sidecar): string {
	const ordered = {
		$schema: sidecar.$schema,
		version: sidecar.version,
		fingerprint: sidecar.fingerprint,
		referenceDate: sidecar.referenceDate,
		claims: sortClaims(sidecar.claims).map(orderClaim),
		speakerCorrections: sidecar.speakerCorrections.map(orderSpeakerCorrection),
		actorCorrections: sidecar.actorCorrections.map(orderActorCorrection),
	};
	return JSON.stringify(ordered, null, 2) + '\n';
}

/** Claims in document order; ties by id, so the order never depends on insertion history. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
	return [...claims].sort(
		(a, b) => a.target.start - b.target.start || a.target.end - b.target.end || compareStrings(a.id, b.id),
	);
}

function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function orderTarget({ start, end, exact, prefix, suffix }: Target): Target {
	return { start, end, exact, prefix, suffix };
}

function orderClaim(claim: Claim): Claim {
	const { id, tag, status, speaker, note, created, updated, target, orphaned } = claim;
	return { id, tag, status, speaker, note, created, updated, target: orderTarget(target), ...(orphaned ? { orphaned } : {}) };
}

function orderSpeakerCorrection({ target, speaker, orphaned }: SpeakerCorrection): SpeakerCorrection {
	return { target: orderTarget(target), speaker, ...(orphaned ? { orphaned } : {}) };
}

function orderActorCorrection({ name, aliases, kind, role, notAnActor }: ActorCorrection): ActorCorrection {
	return { name, aliases, kind, role, notAnActor };
}
