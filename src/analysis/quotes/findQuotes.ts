import type { Actor, Quote } from '../types';
import { attributeQuotes } from './findAttribution';
import { MentionIndex } from './mentionIndex';
import { findQuotedSpans } from './quoteMarks';
import { SentenceIndex } from './sentenceIndex';
import { SpeechVerbIndex } from './speechVerbs';

/**
 * Finds quotations (spans without their marks, nested quotes inside the outer one, an unclosed quote running to its
 * paragraph end) and their speakers among `actors`: an actor id, or null where no named actor said it. Linear in the text.
 */
export function findQuotes(text: string, actors: readonly Actor[]): Quote[] {
	const spans = findQuotedSpans(text);
	if (spans.length === 0) return [];
	const mentions = new MentionIndex(actors, spans);
	const attributions = attributeQuotes({ text, spans, sentences: new SentenceIndex(text), mentions, verbs: new SpeechVerbIndex(text) });
	return spans.map((span, k) => {
		const { speaker, attribution } = attributions[k];
		const quote: Quote = { start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker };
		if (attribution) quote.attribution = attribution;
		return quote;
	});
}
