/** Shares repeated short strings (names, tags, date words) between index entries and detaches strings from their source text. */
export class StringPool {
	readonly #strings = new Map<string, string>();

	/** A shared copy of a short string (names, surfaces), or a detached copy of a long one. */
	intern(text: string): string {
		if (text.length > MAX_INTERNED_LENGTH) return this.copy(text);
		const shared = this.#strings.get(text);
		if (shared !== undefined) return shared;
		const copy = this.copy(text);
		this.#strings.set(copy, copy);
		return copy;
	}

	/**
	 * A copy that holds its own characters. V8 represents a substring of 13 or more characters as a
	 * slice of its parent, which would keep the whole article text in memory.
	 */
	copy(text: string): string {
		return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
	}

	get size(): number {
		return this.#strings.size;
	}
}

const MAX_INTERNED_LENGTH = 64;
