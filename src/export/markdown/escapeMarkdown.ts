/**
 * Makes article text safe to show as plain text in a Markdown document (a table cell, a list item, a
 * block quote): whitespace runs, line breaks included, become one space; characters that start emphasis,
 * code, links, HTML, entities, math or table cells are backslash-escaped, and so are the `://`, `www.` and
 * `@` that would turn a bare address into a link (GFM autolinks, VS Code's linkify); a leading character
 * that would start a heading, list, quote or thematic break is escaped too.
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_[\]{}()<>|~&$!@]/g, '\\$&')
		.replace(/:\/\//g, '\\://')
		.replace(/\b(www)\./gi, '$1\\.')
		.replace(/^([#+\-=>])/, '\\$1')
		.replace(/^(\d+)([.)])/, '$1\\$2');
}
