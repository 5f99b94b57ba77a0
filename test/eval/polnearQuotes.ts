/**
 * Measures quote detection and speaker attribution on PolNeAR (political news attribution relations):
 * `node out/test/eval/polnearQuotes.js <PolNeAR data folder> [split...]` (splits default to train and dev).
 *
 * PolNeAR marks attributions as source, cue and content spans. A gold quote is an attribution whose content holds a
 * quotation mark. Figures:
 * - quote recall: gold quotes overlapped by a found quote; quote precision: found quotes inside some attribution's content
 *   (a lower bound: PolNeAR leaves titles and scare quotes unannotated);
 * - attribution: found quotes whose attribution words overlap the gold source span;
 * - speaker: where the gold source names someone, the found speaker is an actor with a mention in that span or sharing a
 *   name word with it; where it names no one ("officials", "a source"), the found speaker is null. Pronoun and
 *   definite-description sources ("he", "who", "the senator") are counted apart, by their attribution words: PolNeAR
 *   does not resolve them; "he" and "she" are also checked against a stand-in referent, the last named gold source
 *   before them. Sources of one stray lower-case word ("said") are annotation slips and left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, type ArticleAnalysis, type Quote } from '../../src/analysis';

type Range = { start: number; end: number };

interface GoldAttribution {
	source: Range[];
	sourceText: string;
	content: Range[];
	contentText: string;
}

const QUOTE_MARK = /[“”"«»„]/u;
const PRONOUN = /^(?:he|she|they|i|we|you|it|him|her|them|his|its|their|who|whom|which|that)$/iu;
const NOT_A_NAME = new Set(['The', 'A', 'An', 'He', 'She', 'They', 'I', 'We', 'It', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'One', 'Some', 'Many', 'Most', 'Other', 'Others', 'Both', 'Several']);

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const overlapsAny = (a: Range, ranges: readonly Range[]) => ranges.some((b) => overlaps(a, b));

/** Reads a brat standoff file of PolNeAR: text-bound spans (possibly discontinuous) tied into attributions by event lines. */
function readAttributions(ann: string, toUtf16: (codePoint: number) => number): GoldAttribution[] {
	const spans = new Map<string, { ranges: Range[]; text: string }>();
	const events: Array<Map<string, string[]>> = [];
	for (const line of ann.split('\n')) {
		const [id, body, text = ''] = line.split('\t');
		if (id?.startsWith('T') && body) {
			const ranges = body
				.slice(body.indexOf(' ') + 1)
				.split(';')
				.map((pair) => pair.split(' ').map(Number))
				.map(([start, end]) => ({ start: toUtf16(start), end: toUtf16(end) }));
			spans.set(id, { ranges, text });
		} else if (id?.startsWith('E') && body) {
			const roles = new Map<string, string[]>();
			for (const part of body.split(' ')) {
				const [role, target] = part.split(':');
				roles.set(role.replace(/\d+$/u, ''), [...(roles.get(role.replace(/\d+$/u, '')) ?? []), target]);
			}
			events.push(roles);
		}
	}
	const collect = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => spans.get(id)).filter((span) => span !== undefined);
	return events.map((roles) => {
		const source = collect(roles.get('Source'));
		const content = collect(roles.get('Content'));
		return {
			source: source.flatMap((span) => span.ranges),
			sourceText: source.map((span) => span.text).join(' '),
			content: content.flatMap((span) => span.ranges),
			contentText: content.map((span) => span.text).join(' '),
		};
	});
}

/** Maps code-point offsets (as PolNeAR counts) to UTF-16 offsets (as JavaScript does). */
function codePointsToUtf16(text: string): (codePoint: number) => number {
	const offsets: number[] = [];
	let utf16 = 0;
	for (const character of text) {
		offsets.push(utf16);
		utf16 += character.length;
	}
	offsets.push(utf16);
	return (codePoint) => offsets[Math.min(codePoint, offsets.length - 1)];
}

interface Tally {
	goldQuotes: number;
	goldQuotesFound: number;
	foundQuotes: number;
	foundQuotesInContent: number;
	attributed: number;
	attributionRight: number;
	named: number;
	namedRight: number;
	unnamed: number;
	unnamedRight: number;
	pronoun: number;
	pronounPointed: number;
	/** "he"/"she" sources with a named gold source shortly before them, and those our speaker matches. */
	pronounReferred: number;
	pronounResolved: number;
	description: number;
	descriptionPointed: number;
}

/** Kinds of gold source: a name, a pronoun, a definite description ("the senator") or an unnamed one ("officials"). */
function sourceKind(sourceText: string): 'named' | 'pronoun' | 'description' | 'unnamed' | 'misplaced' {
	const words = sourceText.split(/[^\p{L}’'.-]+/u).filter(Boolean);
	if (words.length === 1 && PRONOUN.test(words[0])) return 'pronoun';
	// A few sources are a stray single word ("said", "o"): annotation slips, left out.
	if (words.length === 1 && /^\p{Ll}/u.test(words[0])) return 'misplaced';
	if (words.some((word) => /^\p{Lu}/u.test(word) && !NOT_A_NAME.has(word))) return 'named';
	return /^the$/iu.test(words[0] ?? '') ? 'description' : 'unnamed';
}

const nameWords = (sourceText: string) => sourceText.split(/[^\p{L}]+/u).filter((word) => word.length > 2 && /^\p{Lu}/u.test(word) && !NOT_A_NAME.has(word));

function speakerNamesSource(analysis: ArticleAnalysis, quote: Quote, gold: GoldAttribution): boolean {
	const actor = analysis.actors.find((candidate) => candidate.id === quote.speaker);
	if (actor === undefined) return false;
	if (actor.mentions.some((mention) => overlapsAny(mention, gold.source))) return true;
	const sourceWords = new Set(nameWords(gold.sourceText));
	return actor.name.split(/[^\p{L}]+/u).some((word) => sourceWords.has(word));
}

/** How far back a pronoun's stand-in referent (the last named gold source) may lie, in characters. */
const REFERENT_REACH = 1500;

/**
 * A stand-in for the person "he" or "she" means, as PolNeAR does not resolve pronouns: the last gold source before it
 * that names someone, within `REFERENT_REACH`.
 */
function proxyReferent(golds: readonly GoldAttribution[], gold: GoldAttribution): GoldAttribution | undefined {
	const at = gold.source[0].start;
	let best: GoldAttribution | undefined;
	for (const other of golds) {
		const start = other.source[0]?.start;
		if (start === undefined || start >= at || at - start > REFERENT_REACH || nameWords(other.sourceText).length === 0) continue;
		if (best === undefined || start > best.source[0].start) best = other;
	}
	return best;
}

function scoreArticle(text: string, golds: readonly GoldAttribution[], tally: Tally): void {
	const analysis = analyzeArticle(text);
	const contents = golds.flatMap((gold) => gold.content);
	tally.foundQuotes += analysis.quotes.length;
	tally.foundQuotesInContent += analysis.quotes.filter((quote) => overlapsAny(quote, contents)).length;
	for (const gold of golds) {
		if (!QUOTE_MARK.test(gold.contentText)) continue;
		tally.goldQuotes++;
		const quote = analysis.quotes.find((candidate) => overlapsAny(candidate, gold.content));
		if (quote === undefined) continue;
		tally.goldQuotesFound++;
		if (gold.source.length === 0) continue;
		tally.attributed++;
		const pointed = quote.attribution !== undefined && overlapsAny(quote.attribution, gold.source);
		if (pointed) tally.attributionRight++;
		const kind = sourceKind(gold.sourceText);
		if (kind === 'pronoun') {
			tally.pronoun++;
			if (pointed) tally.pronounPointed++;
			const referent = /^(?:he|she)$/iu.test(gold.sourceText.trim()) ? proxyReferent(golds, gold) : undefined;
			if (referent) {
				tally.pronounReferred++;
				if (speakerNamesSource(analysis, quote, referent)) tally.pronounResolved++;
			}
		} else if (kind === 'misplaced') {
			tally.attributed--;
			if (pointed) tally.attributionRight--;
		} else if (kind === 'description') {
			tally.description++;
			if (pointed) tally.descriptionPointed++;
		} else if (kind === 'named') {
			tally.named++;
			if (speakerNamesSource(analysis, quote, gold)) tally.namedRight++;
		} else {
			tally.unnamed++;
			if (quote.speaker === null) tally.unnamedRight++;
		}
	}
}

function scoreSplit(folder: string): Tally {
	const tally: Tally = { goldQuotes: 0, goldQuotesFound: 0, foundQuotes: 0, foundQuotesInContent: 0, attributed: 0, attributionRight: 0, named: 0, namedRight: 0, unnamed: 0, unnamedRight: 0, pronoun: 0, pronounPointed: 0, pronounReferred: 0, pronounResolved: 0, description: 0, descriptionPointed: 0 };
	const annotations = readdirSync(path.join(folder, 'attributions')).sort();
	for (const file of readdirSync(path.join(folder, 'text')).sort()) {
		const stem = file.replace(/\.txt$/u, '');
		const ann = annotations.find((name) => name.startsWith(`${stem}_`));
		if (ann === undefined) continue;
		const text = readFileSync(path.join(folder, 'text', file), 'utf8');
		scoreArticle(text, readAttributions(readFileSync(path.join(folder, 'attributions', ann), 'utf8'), codePointsToUtf16(text)), tally);
	}
	return tally;
}

const percent = (part: number, whole: number) => `${whole === 0 ? '-' : ((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;

function main(): void {
	const [root, ...splits] = process.argv.slice(2);
	if (root === undefined) {
		console.error('usage: node out/test/eval/polnearQuotes.js <PolNeAR data folder> [split...]');
		process.exitCode = 2;
		return;
	}
	for (const split of splits.length > 0 ? splits : ['train', 'dev']) {
		const t = scoreSplit(path.join(root, split));
		console.log(`${split}:`);
		console.log(`  quote recall        ${percent(t.goldQuotesFound, t.goldQuotes)}`);
		console.log(`  quote precision     ${percent(t.foundQuotesInContent, t.foundQuotes)} (lower bound)`);
		console.log(`  attribution words   ${percent(t.attributionRight, t.attributed)} overlap the gold source`);
		console.log(`  speaker, named      ${percent(t.namedRight, t.named)}`);
		console.log(`  speaker, unnamed    ${percent(t.unnamedRight, t.unnamed)} null`);
		console.log(`  speaker, overall    ${percent(t.namedRight + t.unnamedRight, t.named + t.unnamed)} (named and unnamed sources)`);
		console.log(`  pronoun sources     ${percent(t.pronounPointed, t.pronoun)} attribution on the same pronoun`);
		console.log(`  "he"/"she" resolved ${percent(t.pronounResolved, t.pronounReferred)} to the last named gold source before it (a stand-in)`);
		console.log(`  "the …" sources     ${percent(t.descriptionPointed, t.description)} attribution on the same words`);
	}
}

main();
