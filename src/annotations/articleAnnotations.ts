/** The annotations of one article in memory: the claims API, shifting and re-anchoring, undo and redo. */
import { randomBytes } from 'node:crypto';
import { reanchorTarget, shiftTarget, targetAt, type TextChange } from './anchoring';
import { fingerprintOf, sortClaims } from './sidecarFormat';
import type { Claim, ClaimStatus, Sidecar, SpeakerCorrection, Target } from './sidecarSchema';

/** What a new claim needs: its range (UTF-16 offsets) and tag; status defaults to `unverified`. */
export interface ClaimInput {
	start: number;
	end: number;
	tag: string;
	status?: ClaimStatus;
	speaker?: string | null;
	note?: string;
}

/** Sources of ids and time, injected so tests are deterministic. */
export interface AnnotationDeps {
	newId?: () => string;
	now?: () => Date;
}

/** A short random claim id: `c-` and eight base-36 characters. */
export function randomClaimId(): string {
	return 'c-' + (randomBytes(6).readUIntBE(0, 6) % 36 ** 8).toString(36).padStart(8, '0');
}

/** One claim's state before and after an annotation change (undefined where it did not exist). */
interface ClaimChange {
	id: string;
	before?: Claim;
	after?: Claim;
}

/** One undoable step. */
interface HistoryEntry {
	claims: ClaimChange[];
	referenceDate?: { before?: string; after?: string };
	speakerCorrections?: { before: SpeakerCorrection[]; after: SpeakerCorrection[] };
}

/**
 * The annotations of one article. Every change goes through here so it can be undone; edits of the text
 * shift targets exactly, and a text changed elsewhere is re-anchored. Claims are never dropped: a claim
 * whose text is gone is marked orphaned and can be re-attached.
 */
export class ArticleAnnotations {
	readonly #claims = new Map<string, Claim>();
	readonly #base: Omit<Sidecar, 'claims' | 'fingerprint' | 'speakerCorrections'>;
	#speakerCorrections: SpeakerCorrection[];
	#fingerprint: string;
	readonly #undo: HistoryEntry[] = [];
	readonly #redo: HistoryEntry[] = [];
	readonly #newId: () => string;
	readonly #now: () => Date;

	constructor(sidecar: Sidecar, deps: AnnotationDeps = {}) {
		const { claims, fingerprint, speakerCorrections, ...base } = sidecar;
		this.#base = base;
		this.#speakerCorrections = speakerCorrections;
		this.#fingerprint = fingerprint;
		for (const claim of claims) this.#claims.set(claim.id, claim);
		this.#newId = deps.newId ?? randomClaimId;
		this.#now = deps.now ?? (() => new Date());
	}

	/** The sidecar as it should be written now. */
	get sidecar(): Sidecar {
		return {
			...this.#base,
			fingerprint: this.#fingerprint,
			claims: sortClaims([...this.#claims.values()]),
			speakerCorrections: this.#speakerCorrections,
		};
	}

	/** Every claim in document order, orphaned ones included. */
	get claims(): Claim[] {
		return sortClaims([...this.#claims.values()]);
	}

	/** The analyst's corrections of quote speakers, orphaned ones included. */
	get speakerCorrections(): readonly SpeakerCorrection[] {
		return this.#speakerCorrections;
	}

	get referenceDate(): string | undefined {
		return this.#base.referenceDate;
	}

	claim(id: string): Claim | undefined {
		return this.#claims.get(id);
	}

	/** Placed claims that overlap `[start, end]` (touching counts, so a cursor at a claim's edge finds it). */
	claimsAt(start: number, end: number): Claim[] {
		return this.claims.filter((claim) => !claim.orphaned && claim.target.start <= end && claim.target.end >= start);
	}

	/** True when the sidecar matches `text` (its offsets refer to it). */
	matches(text: string): boolean {
		return this.#fingerprint === fingerprintOf(text);
	}

	/** Tags `[start, end)` of `text` as a claim and returns its new id. */
	tagClaim(input: ClaimInput, text: string): string {
		const { start, end, tag } = input;
		if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) {
			throw new RangeError(`a claim needs 0 <= start < end <= ${text.length}, got [${start}, ${end})`);
		}
		if (!tag.trim()) throw new RangeError('a claim needs a tag');
		let id = this.#newId();
		while (this.#claims.has(id)) id = this.#newId();
		const now = this.#now().toISOString();
		const claim: Claim = {
			id,
			tag: tag.trim(),
			status: input.status ?? 'unverified',
			speaker: input.speaker ?? null,
			note: input.note ?? '',
			created: now,
			updated: now,
			target: targetAt(text, start, end),
		};
		this.#fingerprint = fingerprintOf(text);
		this.#record({ claims: [{ id, after: claim }] });
		return id;
	}

	/**
	 * Adds finished claims (an import, say) as one undoable change; a claim whose id is taken gets a new id.
	 * A claim marked orphaned (its text could not be found) is kept so, at its recorded target, until it is
	 * re-anchored or re-attached. Returns the ids as added.
	 */
	addClaims(claims: readonly Claim[]): string[] {
		const changes: ClaimChange[] = [];
		for (const claim of claims) {
			let id = claim.id;
			while (this.#claims.has(id) || changes.some((change) => change.id === id)) id = this.#newId();
			changes.push({ id, after: { ...claim, id } });
		}
		if (changes.length > 0) this.#record({ claims: changes });
		return changes.map((change) => change.id);
	}

	setStatus(id: string, status: ClaimStatus): void {
		this.#update(id, { status });
	}

	setNote(id: string, note: string): void {
		this.#update(id, { note });
	}

	setSpeaker(id: string, speaker: string | null): void {
		this.#update(id, { speaker });
	}

	setTag(id: string, tag: string): void {
		if (!tag.trim()) throw new RangeError('a claim needs a tag');
		this.#update(id, { tag: tag.trim() });
	}

	/** Puts a claim (orphaned or not) on `[start, end)` of `text`. */
	reattach(id: string, start: number, end: number, text: string): void {
		if (!(0 <= start && start < end && end <= text.length)) throw new RangeError(`cannot attach a claim to [${start}, ${end})`);
		this.#fingerprint = fingerprintOf(text);
		this.#update(id, { target: targetAt(text, start, end), orphaned: undefined });
	}

	remove(id: string): void {
		this.#record({ claims: [{ id, before: this.#require(id) }] });
	}

	/** Sets (or with undefined clears) the article's reference date, `YYYY-MM-DD`. */
	setReferenceDate(date: string | undefined): void {
		if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
		if (date === this.#base.referenceDate) return;
		this.#record({ claims: [], referenceDate: { before: this.#base.referenceDate, after: date } });
	}

	/** Records the analyst's speaker for the quote at `[start, end)` of `text`, replacing a correction of that quote. */
	setQuoteSpeaker(start: number, end: number, speaker: string | null, text: string): void {
		if (!(0 <= start && start < end && end <= text.length)) throw new RangeError(`no quote at [${start}, ${end})`);
		const before = this.#speakerCorrections;
		const others = before.filter((correction) => correction.orphaned || correction.target.end <= start || correction.target.start >= end);
		const after = [...others, { target: targetAt(text, start, end), speaker }].sort((a, b) => a.target.start - b.target.start);
		this.#fingerprint = fingerprintOf(text);
		this.#record({ claims: [], speakerCorrections: { before, after } });
	}

	/**
	 * Shifts every placed annotation through editor edits (`finalText` is the text after all of them). A
	 * claim whose whole text was replaced becomes orphaned. Returns whether any annotation changed.
	 */
	applyEdits(changes: readonly TextChange[], finalText: string): boolean {
		this.#fingerprint = fingerprintOf(finalText);
		return this.#mapTargets((target) => shiftTarget(target, changes, finalText));
	}

	/** Finds every annotation again in a text changed elsewhere; returns how many are orphaned afterwards. */
	reanchor(text: string): number {
		this.#fingerprint = fingerprintOf(text);
		// Targets are visited in text order; most move by the same amount as the one before them.
		let shift = 0;
		this.#mapTargets((target) => {
			const found = reanchorTarget(target, text, shift);
			if (found) shift = found.start - target.start;
			return found;
		}, true);
		return [...this.#claims.values()].filter((claim) => claim.orphaned).length;
	}

	get canUndo(): boolean {
		return this.#undo.length > 0;
	}

	get canRedo(): boolean {
		return this.#redo.length > 0;
	}

	/** Undoes the last annotation change; false when there is none. */
	undo(): boolean {
		const entry = this.#undo.pop();
		if (!entry) return false;
		this.#apply(entry, 'before');
		this.#redo.push(entry);
		return true;
	}

	/** Redoes the last undone annotation change; false when there is none. */
	redo(): boolean {
		const entry = this.#redo.pop();
		if (!entry) return false;
		this.#apply(entry, 'after');
		this.#undo.push(entry);
		return true;
	}

	#require(id: string): Claim {
		const claim = this.#claims.get(id);
		if (!claim) throw new RangeError(`no claim ${id}`);
		return claim;
	}

	#update(id: string, patch: Partial<Claim>): void {
		const before = this.#require(id);
		const after: Claim = { ...before, ...patch, updated: this.#now().toISOString() };
		if (after.orphaned === undefined) delete after.orphaned;
		this.#record({ claims: [{ id, before, after }] });
	}

	#record(entry: HistoryEntry): void {
		this.#apply(entry, 'after');
		this.#undo.push(entry);
		this.#redo.length = 0;
	}

	#apply(entry: HistoryEntry, side: 'before' | 'after'): void {
		for (const change of entry.claims) {
			const claim = change[side];
			if (claim) this.#claims.set(change.id, claim);
			else this.#claims.delete(change.id);
		}
		if (entry.speakerCorrections) this.#speakerCorrections = entry.speakerCorrections[side];
		if (entry.referenceDate) {
			const date = entry.referenceDate[side];
			if (date === undefined) delete this.#base.referenceDate;
			else this.#base.referenceDate = date;
		}
	}

	/**
	 * Moves every target, in the live claims and the undo history alike (so an undo puts a claim back where
	 * its text is now). A target the mapping cannot place marks its annotation orphaned, keeping the old
	 * target; `retryOrphans` also tries annotations that are orphaned already.
	 */
	#mapTargets(map: (target: Target) => Target | undefined, retryOrphans = false): boolean {
		let changed = false;
		const mapped = new Map<Target, Target | undefined>();
		const place = <T extends { target: Target; orphaned?: boolean }>(item: T): T => {
			if (item.orphaned && !retryOrphans) return item;
			if (!mapped.has(item.target)) mapped.set(item.target, map(item.target));
			const target = mapped.get(item.target);
			if (item.orphaned ? !target : target === item.target) return item;
			changed = true;
			if (!target) return { ...item, orphaned: true };
			const placed = { ...item, target };
			delete placed.orphaned;
			return placed;
		};
		for (const claim of sortClaims([...this.#claims.values()])) this.#claims.set(claim.id, place(claim));
		for (const entry of [...this.#undo, ...this.#redo]) {
			for (const change of entry.claims) {
				if (change.before) change.before = place(change.before);
				if (change.after) change.after = place(change.after);
			}
			if (entry.speakerCorrections) {
				entry.speakerCorrections.before = entry.speakerCorrections.before.map(place);
				entry.speakerCorrections.after = entry.speakerCorrections.after.map(place);
			}
		}
		this.#speakerCorrections = this.#speakerCorrections.map(place);
		return changed;
	}
}
