import type * as vscode from 'vscode';
import type { SpeakerCorrection } from './speakerCorrections';

/**
 * What the analyst set for one article that the text does not say: its reference date and the
 * speakers of quotes. The claims sidecar service (`<article>.annotations.json`) implements it.
 */
export interface ArticleOverrides {
	/** Fires with the article's URI after one of its overrides changed. */
	readonly onDidChange: vscode.Event<vscode.Uri>;
	/** The reference date (`YYYY-MM-DD`) the analyst set for the article, if any. */
	referenceDate(uri: vscode.Uri): string | undefined;
	setReferenceDate(uri: vscode.Uri, day: string): Promise<void>;
	/** The analyst's corrections of quote speakers in the article. */
	speakerCorrections(uri: vscode.Uri): readonly SpeakerCorrection[];
	/** Records (or replaces) the speaker of the quote with that text at about that offset. */
	setQuoteSpeaker(uri: vscode.Uri, correction: SpeakerCorrection): Promise<void>;
}
