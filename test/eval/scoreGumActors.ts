/**
 * Scores the actor recogniser on the GUM corpus's named people, organisations and places:
 * `node out/test/eval/scoreGumActors.js <GUM folder or its dep/ folder> [-v]`.
 * Reads the interview, biography, speech and news documents (`GUM_<genre>_*.conllu`), rebuilds their text,
 * and counts as gold every entity of those types whose head is a proper noun (or a title noun with a proper-noun
 * name attached, "the critic Louis Ehlert"), leaving out names nested in a longer gold name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findActors } from '../../src/analysis/actors/findActors';
import { f1, precision, recall, type Counts } from './scoreAgainstGold';

const GENRES = /^GUM_(interview|bio|speech|news)_.*\.conllu$/;
const TYPES = new Set(['person', 'organization', 'place']);

interface Word {
	id: string;
	form: string;
	xpos: string;
	head: string;
	deprel: string;
	spaceAfter: boolean;
	entity: string;
}

interface GoldMention {
	start: number;
	end: number;
	kind: string;
}

/** The document's text (sentences joined by spaces, paragraphs by blank lines) and its named gold mentions. */
export function readConllu(conllu: string): { text: string; gold: GoldMention[] } {
	let text = '';
	const gold: GoldMention[] = [];
	let sentence: Word[] = [];
	const flush = () => {
		if (sentence.length === 0) return;
		if (text.length > 0 && !text.endsWith('\n')) text += ' ';
		const offsets = sentence.map((word) => {
			const start = text.length;
			text += word.form + (word.spaceAfter ? ' ' : '');
			return [start, start + word.form.length];
		});
		text = text.trimEnd();
		const open = new Map<string, Array<{ type: string; first: number }>>();
		const add = (type: string, first: number, last: number) => {
			const span = sentence.slice(first, last + 1);
			const ids = new Set(span.map((word) => word.id));
			const named = span
				.filter((word) => !ids.has(word.head))
				.some((head) => /^NNPS?$/.test(head.xpos) || span.some((word) => word.head === head.id && word.deprel === 'flat' && /^NNPS?$/.test(word.xpos)));
			if (TYPES.has(type) && named) gold.push({ start: offsets[first][0], end: offsets[last][1], kind: type });
		};
		sentence.forEach((word, index) => {
			for (const piece of word.entity.match(/\([^()]*\)?|\d+\)/g) ?? []) {
				const opening = /^\((\d+)-([a-z]+)/.exec(piece);
				if (opening && piece.endsWith(')')) add(opening[2], index, index);
				else if (opening) open.set(opening[1], [...(open.get(opening[1]) ?? []), { type: opening[2], first: index }]);
				else {
					const started = open.get(piece.slice(0, -1))?.pop();
					if (started) add(started.type, started.first, index);
				}
			}
		});
		sentence = [];
	};
	for (const line of conllu.split('\n')) {
		if (line.startsWith('# newpar')) {
			flush();
			if (text.length > 0) text += '\n\n';
		} else if (!line.trim()) flush();
		else if (!line.startsWith('#')) {
			const columns = line.split('\t');
			if (/[-.]/.test(columns[0])) continue;
			const misc = columns[9] ?? '';
			sentence.push({ id: columns[0], form: columns[1], xpos: columns[4], head: columns[6], deprel: columns[7], spaceAfter: !misc.includes('SpaceAfter=No'), entity: /Entity=([^|]*)/.exec(misc)?.[1] ?? '' });
		}
	}
	flush();
	const outermost = gold.filter((g) => !gold.some((o) => o !== g && o.start <= g.start && o.end >= g.end && o.end - o.start > g.end - g.start));
	return { text, gold: outermost.sort((a, b) => a.start - b.start) };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function matched<P extends { start: number; end: number }>(gold: readonly GoldMention[], predicted: readonly P[], fits: (g: GoldMention, p: P) => boolean): number {
	const used = new Set<number>();
	for (const g of gold) {
		const index = predicted.findIndex((p, i) => !used.has(i) && fits(g, p));
		if (index >= 0) used.add(index);
	}
	return used.size;
}

function main(): void {
	const [folder, ...flags] = process.argv.slice(2);
	if (!folder) {
		console.error('usage: node out/test/eval/scoreGumActors.js <GUM folder> [-v]');
		process.exitCode = 2;
		return;
	}
	const dir = existsSync(path.join(folder, 'dep')) ? path.join(folder, 'dep') : folder;
	const totals = new Map<string, { untyped: Counts; typed: Counts }>();
	for (const file of readdirSync(dir).filter((name) => GENRES.test(name)).sort()) {
		const { text, gold } = readConllu(readFileSync(path.join(dir, file), 'utf8'));
		const predicted = findActors(text).flatMap((actor) => actor.mentions.map((mention) => ({ ...mention, kind: actor.kind as string })));
		const untyped = matched(gold, predicted, overlaps);
		const typed = matched(gold, predicted, (g, p) => overlaps(g, p) && g.kind === p.kind);
		for (const key of [GENRES.exec(file)![1], 'all']) {
			const total = totals.get(key) ?? { untyped: { correct: 0, predicted: 0, gold: 0 }, typed: { correct: 0, predicted: 0, gold: 0 } };
			total.untyped = { correct: total.untyped.correct + untyped, predicted: total.untyped.predicted + predicted.length, gold: total.untyped.gold + gold.length };
			total.typed = { correct: total.typed.correct + typed, predicted: total.typed.predicted + predicted.length, gold: total.typed.gold + gold.length };
			totals.set(key, total);
		}
		if (flags.includes('-v')) {
			for (const g of gold) if (!predicted.some((p) => overlaps(g, p))) console.log(`${file} missed ${g.kind} ${JSON.stringify(text.slice(g.start, g.end))}`);
			for (const p of predicted) if (!gold.some((g) => overlaps(g, p))) console.log(`${file} extra ${p.kind} ${JSON.stringify(p.text)}`);
			for (const g of gold) {
				const found = predicted.filter((p) => overlaps(g, p));
				if (found.length > 0 && !found.some((p) => p.kind === g.kind)) console.log(`${file} kind ${g.kind} as ${found[0].kind} ${JSON.stringify(text.slice(g.start, g.end))}`);
			}
		}
	}
	const line = (c: Counts) => `P ${precision(c).toFixed(3)} R ${recall(c).toFixed(3)} F1 ${f1(c).toFixed(3)}`;
	for (const [genre, total] of totals) console.log(`${genre.padEnd(10)} mentions ${line(total.untyped)} | typed ${line(total.typed)} (${total.untyped.gold} gold)`);
}

if (require.main === module) main();
