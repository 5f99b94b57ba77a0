/** Plain data produced by the analysis core. Offsets are UTF-16 code units into the analysed text, end exclusive. */

export type ActorKind = 'person' | 'organization' | 'place';

export interface Span {
	start: number;
	end: number;
	text: string;
}

export interface Actor {
	/** Stable slug of the canonical name, e.g. `sergei-lavrov`. */
	id: string;
	/** Canonical name: the fullest common form seen (or the registry's name). */
	name: string;
	kind: ActorKind;
	/** Role where the text states it, e.g. "Russian Foreign Minister". */
	role?: string;
	/** Every mention in text order. */
	mentions: Span[];
}

export interface Quote extends Span {
	/** Actor id of the speaker, or null where no named actor said it. */
	speaker: string | null;
	/** The words that name the speaker ("Lavrov said", "he explained", "quoted by TASS"), when found. */
	attribution?: Span;
}

export type DateType = 'date' | 'time' | 'duration' | 'set';
export type DateMod = 'START' | 'MID' | 'END';

export interface DateExpression extends Span {
	type: DateType;
	/** TIMEX3 value, e.g. `2022-02-12`, `2022-02`, `2022-W05`, `2022-01-26T12:00`, `P2W`. */
	value?: string;
	mod?: DateMod;
	/** How the value was obtained, in words, for hovers ("weekday before the reference date, past tense"). */
	resolution?: string;
}

export interface ArticleAnalysis {
	/** The date the article speaks from, `YYYY-MM-DD`, or null where neither dateline nor option gives one. */
	referenceDate: string | null;
	actors: Actor[];
	quotes: Quote[];
	dates: DateExpression[];
}

/** An analyst's registry entry: adds or corrects an actor. */
export interface RegistryActor {
	/** Canonical name. */
	name: string;
	aliases?: string[];
	kind?: ActorKind;
	role?: string;
	/** When true, the name and its aliases are never an actor. */
	notAnActor?: boolean;
	/** Identifiers such as `{ wikidata: "Q7724" }`. */
	ids?: Record<string, string>;
	notes?: string;
}

export interface AnalyzeOptions {
	/** `YYYY-MM-DD`, used when the text has no dateline. */
	referenceDate?: string;
	registry?: readonly RegistryActor[];
}
