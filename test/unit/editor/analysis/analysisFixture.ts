import type { ArticleAnalysis } from '../../../../src/analysis';

/**
 * A small hand-made analysis of this text (offsets are real):
 * `Sergei Lavrov met Blinken. “We want peace,” Lavrov said. “No war.” Moscow, on Sunday.`
 */
export const FIXTURE_TEXT = 'Sergei Lavrov met Blinken. “We want peace,” Lavrov said. “No war.” Moscow, on Sunday.';

export function fixtureAnalysis(): ArticleAnalysis {
	const span = (text: string, from = 0) => {
		const start = FIXTURE_TEXT.indexOf(text, from);
		return { start, end: start + text.length, text };
	};
	return {
		referenceDate: null,
		actors: [
			{ id: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person', role: 'Foreign Minister', mentions: [span('Sergei Lavrov'), span('Lavrov', 20)] },
			{ id: 'antony-blinken', name: 'Antony Blinken', kind: 'person', mentions: [span('Blinken')] },
			{ id: 'moscow', name: 'Moscow', kind: 'place', mentions: [span('Moscow')] },
		],
		quotes: [
			{ ...span('We want peace,'), speaker: 'sergei-lavrov', attribution: span('Lavrov said', 20) },
			{ ...span('No war.'), speaker: null },
		],
		dates: [{ ...span('on Sunday'), type: 'date' }],
	};
}
