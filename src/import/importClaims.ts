import { reanchorTarget } from '../annotations/anchoring';
import { randomClaimId, type AnnotationDeps } from '../annotations/articleAnnotations';
import type { Claim, Sidecar, Target } from '../annotations/sidecarSchema';
import type { ImportedClaim } from './importedClaim';

/** The sidecar after an import, and what happened to the imported claims. */
export interface ImportResult {
	sidecar: Sidecar;
	placed: number;
	/** Claims kept but marked orphaned: their text was not found. */
	orphaned: number;
	/** Claims already in the sidecar (same id, or same tag on the same text) and not added again. */
	duplicates: number;
}

/**
 * Adds imported claims to a sidecar. Each is placed as the claims are re-anchored (at its offsets, else by its
 * exact text and context, else fuzzily); what cannot be placed is kept as an orphaned claim at its recorded
 * target, never dropped. An imported id is kept unless the sidecar already uses it.
 */
export function importClaims(sidecar: Sidecar, articleText: string, imported: readonly ImportedClaim[], deps: AnnotationDeps = {}): ImportResult {
	const now = (deps.now ?? (() => new Date()))().toISOString();
	const newId = deps.newId ?? randomClaimId;
	const claims = [...sidecar.claims];
	const ids = new Set(claims.map((claim) => claim.id));
	const result = { placed: 0, orphaned: 0, duplicates: 0 };
	for (const item of imported) {
		const target = reanchorTarget(item.target, articleText);
		const placedTarget = target ?? item.target;
		if ((item.id && ids.has(item.id)) || claims.some((claim) => isSameClaim(claim, item.tag, placedTarget))) {
			result.duplicates++;
			continue;
		}
		const id = item.id && !ids.has(item.id) ? item.id : freshId(newId, ids);
		ids.add(id);
		const claim: Claim = {
			id,
			tag: item.tag,
			status: item.status,
			speaker: item.speaker,
			note: item.note,
			created: item.created ?? now,
			updated: item.updated ?? now,
			target: placedTarget,
			...(target ? {} : { orphaned: true }),
		};
		claims.push(claim);
		result[target ? 'placed' : 'orphaned']++;
	}
	return { sidecar: { ...sidecar, claims }, ...result };
}

function isSameClaim(claim: Claim, tag: string, target: Target): boolean {
	return claim.tag === tag && claim.target.start === target.start && claim.target.end === target.end && claim.target.exact === target.exact;
}

function freshId(newId: () => string, used: ReadonlySet<string>): string {
	for (;;) {
		const id = newId();
		if (!used.has(id)) return id;
	}
}
