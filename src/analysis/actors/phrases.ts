/** People whose "name" is a phrase or a title written in capitals ("Keep Fighting", "Free Culture"). */
import type { ActorDraft } from './aliases';
import type { LowerCaseWords } from './candidates';

/**
 * The drafts without people whose name is a phrase: no known name, no role, never shortened to one word, and every
 * word one the text also writes in lower case. Asked once per such person, from the last word (a surname is rarely
 * a common word), so real names cost one look-up.
 */
export function withoutPhrases(drafts: ActorDraft[], lowerCaseWords: LowerCaseWords): ActorDraft[] {
	return drafts.some((draft) => isPhrase(draft, lowerCaseWords)) ? drafts.filter((draft) => !isPhrase(draft, lowerCaseWords)) : drafts;
}

function isPhrase(draft: ActorDraft, lowerCaseWords: LowerCaseWords): boolean {
	if (draft.kind !== 'person' || draft.role) return false;
	for (const mention of draft.mentions) if (mention.entry || !mention.text.includes(' ')) return false;
	const words = draft.name.split(' ');
	for (let i = words.length - 1; i >= 0; i--) if (!lowerCaseWords.has(words[i].toLowerCase())) return false;
	return true;
}
