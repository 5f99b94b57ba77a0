/** Safe Markdown from article text for hovers. Imports nothing from `vscode`. */

const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * Article text as Markdown that renders as exactly that text: every ASCII punctuation character is
 * backslash-escaped (CommonMark allows it for all of them), so no link, image, emphasis, HTML or
 * autolink can form, and line breaks become spaces so no block (heading, list…) can start.
 */
export function escapeMarkdown(text: string): string {
	return text.replace(/\s+/g, ' ').replace(ASCII_PUNCTUATION, '\\$&');
}

/** The text cut to at most `maxLength` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, maxLength: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= maxLength) return flat;
	const cut = flat.slice(0, maxLength - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/**
 * A Markdown link that runs one of our commands with JSON arguments. `label` must already be
 * escaped Markdown. The arguments are percent-encoded, parentheses included, so nothing in them
 * (a file name with `)`, say) can end the link early.
 */
export function commandLink(label: string, commandId: string, args: unknown): string {
	const encoded = encodeURIComponent(JSON.stringify([args])).replace(
		/[!'()*]/g,
		(character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
	);
	return `[${label}](command:${commandId}?${encoded})`;
}
