import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ArticleAnalysis } from '../../../src/analysis';
import { targetAt } from '../../../src/annotations/anchoring';
import { emptySidecar } from '../../../src/annotations/sidecarFormat';
import { CLAIM_STATUSES, type Claim, type Sidecar } from '../../../src/annotations/sidecarSchema';
import type { ArticleExport } from '../../../src/export';
import { buildArticleExport } from '../../../src/export';

const samplesFolder = path.resolve(__dirname, '../../../../samples');

/** A claim on the `occurrence`-th occurrence of `phrase`, with fixed dates. */
export function claimOn(text: string, phrase: string, fields: Partial<Claim> = {}, occurrence = 0): Claim {
	let start = -1;
	for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(phrase, start + 1);
	if (start < 0) throw new Error(`"${phrase}" is not in the text`);
	return {
		id: `c-${start}`,
		tag: 'claim',
		status: 'unverified',
		speaker: null,
		note: '',
		created: '2026-01-02T03:04:05.000Z',
		updated: '2026-01-03T03:04:05.000Z',
		target: targetAt(text, start, start + phrase.length),
		...fields,
	};
}

/** A sidecar of `text` holding `claims`. */
export function sidecarWith(text: string, claims: Claim[]): Sidecar {
	return { ...emptySidecar(text), claims };
}

/**
 * The sample articles as exported: their real analysis, and a sidecar with a claim on each of the first
 * sentences (every status, notes and speakers that need escaping).
 */
export function sampleArticles(): ArticleExport[] {
	return readdirSync(samplesFolder)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => {
			const text = readFileSync(path.join(samplesFolder, name), 'utf8');
			const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 20 && !sentence.includes('\n')).slice(0, CLAIM_STATUSES.length);
			const claims = sentences.map((sentence, index) =>
				claimOn(text, sentence, {
					status: CLAIM_STATUSES[index],
					tag: index % 2 ? 'threat' : 'claim',
					speaker: index % 3 ? 'Sergei Lavrov' : null,
					note: index === 1 ? 'Checked, "twice", against TASS;\nsee =SUM(A1)' : '',
				}),
			);
			return buildArticleExport(`samples/${name}`, text, sidecarWith(text, claims));
		});
}

/** An article with emoji (astral characters), combining marks and Cyrillic names, with a full hand-made analysis. */
export function emojiCyrillicArticle(): ArticleExport {
	const text = [
		'date 2022-02-12 Москва 🇷🇺 и Киев 🇺🇦',
		'',
		'Сергей Лавров 😀 said: «Мы не хотим войны 🕊️». Володимир Зеленський replied on Friday: “Ми готові 💪”.',
		'Café owners in Kyiv 👩‍👩‍👧 worry; the talks resume in two weeks.',
	].join('\n');
	const span = (phrase: string) => {
		const start = text.indexOf(phrase);
		return { start, end: start + phrase.length, text: phrase };
	};
	const analysis: ArticleAnalysis = {
		referenceDate: '2022-02-12',
		actors: [
			{ id: 'сергей-лавров', name: 'Сергей Лавров', kind: 'person', role: 'Foreign Minister', mentions: [span('Сергей Лавров')] },
			{ id: 'володимир-зеленський', name: 'Володимир Зеленський', kind: 'person', mentions: [span('Володимир Зеленський')] },
			{ id: 'kyiv', name: 'Kyiv', kind: 'place', mentions: [span('Kyiv')] },
		],
		quotes: [
			{ ...span('«Мы не хотим войны 🕊️»'), speaker: 'сергей-лавров' },
			{ ...span('“Ми готові 💪”'), speaker: 'володимир-зеленський' },
		],
		dates: [
			{ ...span('Friday'), type: 'date', value: '2022-02-11' },
			{ ...span('in two weeks'), type: 'date', value: '2022-02-26', resolution: 'two weeks after the reference date' },
		],
	};
	const claims = [
		claimOn(text, 'Мы не хотим войны 🕊️', { speaker: 'Сергей Лавров', status: 'disputed', tag: 'denial', note: 'Nope 🙃' }),
		claimOn(text, 'Ми готові 💪', { speaker: 'Володимир Зеленський', status: 'verified', tag: 'commitment' }),
		claimOn(text, 'Café owners in Kyiv 👩‍👩‍👧 worry;\n'.slice(0, -1), { status: 'misleading', note: 'multi\nline\tnote with \\ backslash' }),
		claimOn(text, 'replied on Friday: “Ми готові 💪”.\nCafé owners', { tag: 'spans a line break' }),
	];
	return { file: 'статьи/москва 🇷🇺.txt', text, analysis, sidecar: sidecarWith(text, claims) };
}

/** The fields of a claim an export and import must keep (ids and dates may be new). */
export function claimEssentials(claim: Claim) {
	return { tag: claim.tag, status: claim.status, speaker: claim.speaker, note: claim.note, start: claim.target.start, end: claim.target.end, exact: claim.target.exact, orphaned: claim.orphaned ?? false };
}
