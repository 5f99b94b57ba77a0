/** Decides whether a plain-text or Markdown file reads like a news article. Imports nothing from `vscode`. */

/** File names that are project files, never articles, whatever their text. */
const PROJECT_FILE_NAME =
	/^(?:licen[cs]e|copying|notice|authors|contributors|changelog|changes|history|news|readme|contributing|code_of_conduct|security|support|todo|requirements(?:[-_.][\w-]+)?|constraints|pipfile|cmakelists|makefile|dockerfile)(?:\.[\w.-]+)?$/i;

const DATELINE = /^\s*date\s+\d{4}-\d{2}-\d{2}\b/i;

/** Lines that are code, configuration, lists or Markdown structure rather than prose. */
const NON_PROSE_LINE =
	/^\s*(?:[#>|`~]|[-*+]\s|\d+[.)]\s|[-=_*]{3,}\s*$|[\w.-]+\s*(?:==|>=|<=|~=|=|:)\s*\S*$|[{}[\]<]|(?:import|export|from|def|class|function|const|let|var|return|if|for|while|package|using|#include)\b)/;

/** Phrases of licences and changelogs: prose, but not articles. */
const BOILERPLATE =
	/permission is hereby granted|licensed under the|the software is provided "as is"|all rights reserved|this program is free software|redistribution and use in source and binary forms|\bunreleased\b|keep a changelog|semantic versioning/i;

const SENTENCE = /[\p{Lu}“"‘'«„][^.!?]{15,}?[.!?…]["”’»]?(?=\s|$)/gu;

/** How much of the text the check reads: enough to judge, bounded for very large files. */
export const ARTICLE_SAMPLE_LENGTH = 64 * 1024;

/**
 * True when the file is an article: a first line `date YYYY-MM-DD`, or mostly prose paragraphs made
 * of sentences. Project files (licence, changelog, readme, requirements…) and code never are.
 */
export function looksLikeArticle(fileName: string, text: string): boolean {
	if (PROJECT_FILE_NAME.test(fileName)) return false;
	const sample = text.slice(0, ARTICLE_SAMPLE_LENGTH);
	if (DATELINE.test(sample)) return true;
	if (BOILERPLATE.test(sample)) return false;
	const lines = sample.split(/\r?\n|\r/).filter((line) => line.trim() !== '');
	if (lines.length === 0) return false;
	const proseLines = lines.filter((line) => !NON_PROSE_LINE.test(line));
	if (proseLines.length / lines.length < 0.7) return false;
	const paragraphs = sample.split(/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/).filter((paragraph) => isProseParagraph(paragraph));
	const sentences = paragraphs.reduce((count, paragraph) => count + countSentences(paragraph), 0);
	return paragraphs.length >= 2 && sentences >= 4;
}

/** A paragraph of running text: enough words, few symbols, and at least one sentence. */
function isProseParagraph(paragraph: string): boolean {
	const words = paragraph.match(/\p{L}+/gu)?.length ?? 0;
	if (words < 12) return false;
	const symbols = paragraph.match(/[{}[\]<>=;$\\|_*#`]/g)?.length ?? 0;
	return symbols / paragraph.length < 0.02 && countSentences(paragraph) > 0;
}

function countSentences(paragraph: string): number {
	return paragraph.match(SENTENCE)?.length ?? 0;
}
