/** Turns the words that name a speaker into an actor id: a mention directly, a pronoun or "the minister" through the last fitting person. */
import type { Span } from '../types';
import type { Subject } from './subjectPhrase';

/** A quote's speaker (actor id, or null where no named actor said it) and the words that attribute it. */
export interface Attribution {
	speaker: string | null;
	attribution?: Span;
}

/** Finds the person a pronoun or a description at `position` stands for, preferring one whose role has `title`. */
export type PersonFinder = (position: number, title?: string) => string | null;

/**
 * Resolves `subject`, named beside a cue spanning `[cueStart, cueEnd)` ("said", "according to"), into an attribution
 * whose span covers both; undefined when the subject is missing.
 */
export function resolveSubject(text: string, subject: Subject, cueStart: number, cueEnd: number, findPerson: PersonFinder): Attribution | undefined {
	if (subject.kind === 'none') return undefined;
	const start = Math.min(subject.start, cueStart);
	const end = Math.max(subject.end, cueEnd);
	const attribution = { start, end, text: text.slice(start, end) };
	switch (subject.kind) {
		case 'named':
			return { speaker: subject.mention.actor.id, attribution };
		case 'pronoun':
			return { speaker: findPerson(subject.start), attribution };
		case 'description':
			return { speaker: findPerson(subject.start, subject.title), attribution };
		case 'unnamed':
			return { speaker: null, attribution };
	}
}
