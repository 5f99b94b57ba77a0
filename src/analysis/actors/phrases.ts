/** People whose "name" is a phrase or a title written in capitals ("Keep Fighting", "Free Culture"). */
import type { ActorDraft } from './aliases';
import { writesInLowerCase } from './candidates';

/**
 * The drafts without people whose name is a phrase: no known name, no role, never shortened to one word, and every
 * word one the text also writes in lower case. Searched from the last word (a surname is rarely a common word), so a
 * real name costs one search, made outside the text's budget of word look-ups.
 */
export function withoutPhrases(drafts: ActorDraft[], text: string): ActorDraft[] {
	return drafts.filter((draft) => !isPhrase(draft, text));
}

function isPhrase(draft: ActorDraft, text: string): boolean {
	if (draft.kind !== 'person' || draft.role) return false;
	for (const mention of draft.mentions) if (mention.entry || !mention.text.includes(' ')) return false;
	const words = draft.name.split(' ');
	for (let i = words.length - 1; i >= 0; i--) if (!writesInLowerCase(text, words[i].toLowerCase())) return false;
	return true;
}
