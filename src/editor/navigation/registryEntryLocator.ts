/** Finds an actor's entry in the text of the registry file. Imports nothing from `vscode`. */

/** The JSON string literal of `value`, as a regular expression. */
function jsonStringPattern(value: string): string {
	return JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The offset in the registry's JSON text of the actor's entry: its `"name"` property holding the
 * canonical name, else the first alias equal to one of the spellings seen. Undefined when absent.
 */
export function findRegistryEntry(registryText: string, name: string, spellings: readonly string[] = []): number | undefined {
	const byName = new RegExp(`"name"\\s*:\\s*${jsonStringPattern(name)}`).exec(registryText);
	if (byName) return byName.index;
	for (const spelling of spellings) {
		const literal = JSON.stringify(spelling);
		const byAlias = new RegExp(`"aliases"\\s*:\\s*\\[[^\\]]*?${jsonStringPattern(spelling)}`).exec(registryText);
		if (byAlias) return byAlias.index + byAlias[0].length - literal.length;
	}
	return undefined;
}
