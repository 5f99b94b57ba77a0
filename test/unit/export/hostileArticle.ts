import type { ArticleExport } from '../../../src/export';
import { claimOn, sidecarWith } from './exportFixtures';

/** Text that breaks naive CSV and Markdown writers: separators, quotes, line breaks, formulas, markup. */
export const HOSTILE_TEXT = [
	'=HYPERLINK("http://evil.example","click") said Smith, "quoted, with commas".',
	'+1 more; -2 less; @SUM(A1:A9) | pipes | and *stars* _under_ `code` [link](http://x.example) <script>alert(1)</script>',
	'# Not a heading',
	'1. Not a list & not &amp; an entity, $x^2$ no math, ~~no strike~~ \\ backslash',
].join('\n');

/** An article whose claims, speakers and notes are all hostile. */
export function hostileArticle(): ArticleExport {
	const text = HOSTILE_TEXT;
	const lines = text.split('\n');
	const claims = lines.map((line, index) =>
		claimOn(text, line, { id: `c-${index}`, status: 'false', tag: index ? '-tag' : '=tag', speaker: '@Smith, "the =one"', note: `=cmd|' /C calc'!A0\r\nline two, "quoted"` }),
	);
	claims.push(claimOn(text, `${lines[0]}\n${lines[1]}`, { id: 'c-both', note: '\tTabbed' }));
	return {
		file: '=evil,name "x".txt',
		text,
		analysis: {
			referenceDate: null,
			actors: [{ id: 'smith', name: 'Smith | *Jr*', kind: 'person', role: '<b>boss</b>', mentions: [{ start: text.indexOf('Smith'), end: text.indexOf('Smith') + 5, text: 'Smith' }] }],
			quotes: [{ start: text.indexOf('"quoted'), end: text.indexOf('commas"') + 7, text: '"quoted, with commas"', speaker: 'smith' }],
			dates: [],
		},
		sidecar: sidecarWith(text, claims),
	};
}
