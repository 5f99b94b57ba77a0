/** Shared types of the attribution finders. */
import type { MentionIndex } from './mentionIndex';
import type { QuotedSpan } from './quoteMarks';
import type { PersonFinder } from './resolveSpeaker';
import type { SentenceIndex } from './sentenceIndex';
import type { SpeechVerbIndex } from './speechVerbs';

/** How far before and after a quote its attribution is looked for, in characters. */
export const BEFORE_REACH = 400;
export const AFTER_REACH = 300;

/** What the attribution finder reads: the text, its quoted spans in order, sentences, actor mentions and speech verbs. */
export interface AttributionContext {
	text: string;
	spans: readonly QuotedSpan[];
	sentences: SentenceIndex;
	mentions: MentionIndex;
	verbs: SpeechVerbIndex;
}

/** The context with a way to resolve "he" and "the minister" to a person. */
export interface Finder extends AttributionContext {
	findPerson: PersonFinder;
}

/** Where a quote's attribution is looked for. */
export interface Windows {
	/** Start of the text before the quote that may hold its attribution (sentence start, or the previous quote's end). */
	beforeFrom: number;
	/** End of the text after the quote that may hold its attribution. */
	afterTo: number;
	/** End of the text after the quote where a verb right after it may attribute it; past `afterTo` when the sentence
	 * ends inside the quote (`“…?” Sanders asked.`). */
	attributionTo: number;
	/** Index of the sentence that holds the opening mark. */
	sentence: number;
}
