/**
 * Finds who said each quote, trying in turn: an attribution right after it, inside it, "according to" after it, one
 * before it in its sentence, "according to" before it, a dash and a name right after it, a name and a colon before it,
 * a headline, a quote earlier in the same sentence, "This was announced by …" next, a signature line under it, the
 * sentence that leads into it, and a person opening its sentence.
 */
import { AFTER_REACH, BEFORE_REACH, type AttributionContext, type Finder, type Windows } from './attributionContext';
import { announcedBy, continuesIntoNext, dashSignature, headline, joinsNextQuote, nameBeforeColon, leadIn, personSubject, signature } from './attributionInContext';
import { accordingTo, attributionAfter, attributionBefore, interruption } from './attributionNearQuote';
import { peopleInText } from './personFinder';
import type { Attribution } from './resolveSpeaker';

const NO_SPEAKER: Attribution = { speaker: null };

/** One attribution per quoted span, in the same order. */
export function attributeQuotes(context: AttributionContext): Attribution[] {
	const found: Attribution[] = [];
	const people = peopleInText(context.text, context.mentions, context.sentences);
	const { text, spans, sentences, mentions, verbs } = context;
	const finder: Finder = { text, spans, sentences, mentions, verbs, findPerson: people.findPerson };
	for (let k = 0; k < context.spans.length; k++) {
		const attribution = attributeQuote(finder, k, found);
		found.push(attribution);
		if (attribution.speaker !== null) people.noteSpeaker(attribution.speaker, context.spans[k].closeMarkEnd);
	}
	for (let k = context.spans.length - 2; k >= 0; k--) {
		if (found[k].attribution === undefined && (continuesIntoNext(context, k) || joinsNextQuote(context, k, found[k + 1]))) found[k] = found[k + 1];
	}
	return found;
}

/** The first of the finders that names a speaker (or an unnamed one) for quote `k`. */
function attributeQuote(context: Finder, k: number, earlier: readonly Attribution[]): Attribution {
	const { text, spans, sentences } = context;
	const span = spans[k];
	// Index checks rather than reads past either end, which deoptimise compiled code.
	const before = k > 0 ? spans[k - 1] : undefined;
	const previous = before?.paragraphStart === span.paragraphStart ? before : undefined;
	const sentence = sentences.indexAt(span.openMark);
	const sentenceStart = sentences.range(sentence)?.[0] ?? span.paragraphStart;
	const closingSentenceEnd = sentences.range(sentences.indexAt(Math.max(span.openMark, span.closeMarkEnd - 1)))?.[1] ?? span.paragraphEnd;
	const afterLimit = Math.min(span.paragraphEnd, k + 1 < spans.length ? spans[k + 1].openMark : Infinity, span.closeMarkEnd + AFTER_REACH);
	// A quote ending in "?" or "!" ends its sentence for the splitter, though "Sanders asked" still belongs to it.
	const endsItsSentence = closingSentenceEnd === span.closeMarkEnd && /[?!]["'“”‘’«»]*$/u.test(text.slice(Math.max(span.start, span.end - 4), span.end));
	const nextSentenceEnd = endsItsSentence ? (sentences.range(sentences.indexAt(closingSentenceEnd + 1))?.[1] ?? afterLimit) : closingSentenceEnd;
	const windows: Windows = {
		beforeFrom: Math.max(sentenceStart, span.paragraphStart, previous?.closeMarkEnd ?? 0, span.openMark - BEFORE_REACH),
		afterTo: Math.min(closingSentenceEnd, afterLimit),
		attributionTo: Math.min(nextSentenceEnd, afterLimit),
		sentence,
	};
	const sameSentenceAsPrevious = previous !== undefined && previous.closeMarkEnd > sentenceStart;
	return (
		attributionAfter(context, span, windows) ??
		interruption(context, span) ??
		accordingTo(context, span.closeMarkEnd, windows.afterTo) ??
		attributionBefore(context, windows.beforeFrom, span.openMark, sentenceStart) ??
		accordingTo(context, windows.beforeFrom, span.openMark) ??
		dashSignature(context, span) ??
		nameBeforeColon(context, windows.beforeFrom, span.openMark) ??
		headline(context, span) ??
		(sameSentenceAsPrevious ? earlier[k - 1] : undefined) ??
		announcedBy(context, closingSentenceEnd, span.paragraphEnd) ??
		signature(context, span) ??
		leadIn(context, k, windows, earlier) ??
		personSubject(context, sentenceStart, span.openMark) ??
		NO_SPEAKER
	);
}
