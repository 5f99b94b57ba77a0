/** Decides whether a plain-text or Markdown file reads like a news article. Imports nothing from `vscode`. */

/** File names that are project files, never articles, whatever their text. */
const PROJECT_FILE_NAME =
	/^(?:licen[cs]e|copying|notice|authors|contributors|changelog|changes|history|news|readme|contributing|code_of_conduct|security|support|governance|third[-_ ]?party[-_ ]?notices|todo|requirements(?:[-_.][\w-]+)?|constraints|pipfile|cmakelists|makefile|dockerfile)(?:\.[\w.-]+)?$/i;

const DATELINE = /^\s*date\s+\d{4}-\d{2}-\d{2}\b/i;

/** Lines that are code, configuration, lists or Markdown structure rather than prose. */
const NON_PROSE_LINE =
	/^\s*(?:[#>|~]|```|[-*+]\s|\d+[.)]\s|[-=_*]{3,}\s*$|[\w.-]+\s*(?:==|>=|<=|~=|=|:)\s*\S*$|[{}[\]<]|(?:import|export|from|def|class|function|const|let|var|return|if|for|while|package|using|#include)\b)/;

/** Phrases of licences and changelogs: prose, but not articles. */
const BOILERPLATE =
	/permission is hereby granted|licensed under the|the software is provided "as is"|all rights reserved|this program is free software|redistribution and use in source and binary forms|\bunreleased\b|keep a changelog|semantic versioning/i;

const SENTENCE = /[\p{Lu}“"‘'«„][^.!?]{15,}?[.!?…]["”’»]?(?=\s|$)/gu;

/** How much of the text the check reads: enough to judge, bounded for very large files. */
export const ARTICLE_SAMPLE_LENGTH = 64 * 1024;

/**
 * True when the file is an article: a first line `date YYYY-MM-DD`, or mostly prose: paragraphs of
 * sentences, at least four sentences and sixty words. Project files (licence, changelog, readme,
 * requirements…) and code never are.
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
	// Paragraphs are separated by blank lines, or one to a line in files without blank lines.
	const blocks = sample.split(/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/);
	const paragraphs = (blocks.length > 1 ? blocks : lines).filter((paragraph) => isProseParagraph(paragraph));
	const sentences = paragraphs.reduce((count, paragraph) => count + countSentences(paragraph), 0);
	const words = paragraphs.reduce((count, paragraph) => count + wordCount(paragraph), 0);
	return sentences >= 4 && words >= 60;
}

/** A paragraph of running text: enough words, few symbols, and at least one sentence. */
function isProseParagraph(paragraph: string): boolean {
	if (wordCount(paragraph) < 6) return false;
	// Not underscores or backticks: wire copy writes "WASHINGTON _" and ``quotes''.
	const symbols = paragraph.match(/[{}[\]<>=;$\\|*#]/g)?.length ?? 0;
	return symbols / paragraph.length < 0.02 && countSentences(paragraph) > 0;
}

function wordCount(paragraph: string): number {
	return paragraph.match(/\p{L}+/gu)?.length ?? 0;
}

function countSentences(paragraph: string): number {
	return paragraph.match(SENTENCE)?.length ?? 0;
}
