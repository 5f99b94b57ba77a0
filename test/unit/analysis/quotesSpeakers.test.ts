import * as assert from 'node:assert/strict';
import { findQuotes } from '../../../src/analysis/quotes/findQuotes';
import { slugify } from '../../../src/analysis/text';
import type { Actor, ActorKind } from '../../../src/analysis/types';

/** Actors whose mentions are every occurrence of their names in `text` (longest name first, no overlaps). */
function actorsIn(text: string, specs: ReadonlyArray<{ names: string[]; kind: ActorKind; role?: string }>): Actor[] {
	const taken: Array<[number, number]> = [];
	return specs.map(({ names, kind, role }) => {
		const mentions = [];
		for (const name of [...names].sort((a, b) => b.length - a.length)) {
			for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
				if (taken.some(([start, end]) => at < end && start < at + name.length)) continue;
				taken.push([at, at + name.length]);
				mentions.push({ start: at, end: at + name.length, text: name });
			}
		}
		mentions.sort((a, b) => a.start - b.start);
		return { id: slugify(names[0]), name: names[0], kind, ...(role ? { role } : {}), mentions };
	});
}

const PEOPLE = [
	{ names: ['Sergei Lavrov', 'Lavrov'], kind: 'person' as const, role: 'Russian Foreign Minister' },
	{ names: ['Antony Blinken', 'Blinken'], kind: 'person' as const, role: 'US Secretary of State' },
	{ names: ['Volodymyr Zelensky', 'Zelensky'], kind: 'person' as const },
	{ names: ['Nikolai Patrushev'], kind: 'person' as const },
	{ names: ['TASS'], kind: 'organization' as const },
	{ names: ['CNN'], kind: 'organization' as const },
	{ names: ['Russian Foreign Ministry'], kind: 'organization' as const },
	{ names: ['Russian Security Council'], kind: 'organization' as const },
	{ names: ['Washington'], kind: 'place' as const },
	{ names: ['Russia'], kind: 'place' as const },
	{ names: ['Kiev'], kind: 'place' as const },
	{ names: ['Geneva'], kind: 'place' as const },
	{ names: ['Switzerland'], kind: 'place' as const },
];

/** Each quote's text with its speaker id and attribution words. */
function speakers(text: string) {
	return findQuotes(text, actorsIn(text, PEOPLE)).map((quote) => ({ text: quote.text, speaker: quote.speaker, attribution: quote.attribution?.text }));
}

describe('findQuotes: speakers', () => {
	it('finds the speaker named after the quote', () => {
		assert.deepEqual(speakers('“This does not correspond to reality,” Lavrov told TASS.'), [
			{ text: 'This does not correspond to reality,', speaker: 'sergei-lavrov', attribution: 'Lavrov told' },
		]);
		assert.equal(speakers('“We are ready,” said Russian Foreign Minister Sergei Lavrov.')[0].speaker, 'sergei-lavrov');
		assert.equal(speakers('“We are ready,” the Russian Foreign Ministry said.')[0].speaker, 'russian-foreign-ministry');
		assert.equal(speakers('“Let me finish,” Zelensky shot back.')[0].speaker, 'volodymyr-zelensky');
		assert.equal(speakers('“Not now,” interjected Blinken.')[0].speaker, 'antony-blinken');
		assert.equal(speakers('“It is late,” agreed Zelensky.')[0].speaker, 'volodymyr-zelensky');
	});

	it('finds the speaker named before the quote, skipping asides and auxiliaries', () => {
		assert.equal(speakers('The Russian Foreign Minister Sergei Lavrov said, quoted by TASS: “We do not want wars.”')[0].speaker, 'sergei-lavrov');
		assert.equal(speakers('Sergei Lavrov, in his turn, expressed the opinion that “the campaign” encourages Kiev.')[0].speaker, 'sergei-lavrov');
		assert.equal(speakers('On Sunday, the director of the Russian Security Council, Nikolai Patrushev, repeated that Russia “does not want a war”.')[0].speaker, 'nikolai-patrushev');
		assert.equal(speakers('Earlier, Lavrov had already stated that Russia prefers the “diplomatic route”.')[0].speaker, 'sergei-lavrov');
	});

	it('finds the speaker named after the quote with a long appositive, passing over a speech verb inside it', () => {
		const text = '“We are ready,” Nikolai Patrushev, who has repeatedly warned of a long and costly conflict in the region, said on Friday.';
		assert.deepEqual(speakers(text)[0].speaker, 'nikolai-patrushev');
		const titled = '“Not yet,” Secretary of State Antony Blinken (D), who has warned of sanctions for weeks and months, said on Friday.';
		assert.equal(speakers(titled)[0].speaker, 'antony-blinken');
	});

	it('passes over a name in an opening phrase to the person who opens the clause', () => {
		assert.equal(speakers('In a statement to TASS, Lavrov called the plan “a provocation”.')[0].speaker, 'sergei-lavrov');
	});

	it('takes the person before a city and its country set off by commas, not the country', () => {
		assert.equal(speakers('Blinken, at a meeting in Geneva, Switzerland, said the talks were “useful”.')[0].speaker, 'antony-blinken');
	});

	it('reads "said the plan was “…”" as a reported clause, not an inverted subject', () => {
		assert.equal(speakers('Blinken spoke on Friday and said the plan was “reckless”.')[0].speaker, 'antony-blinken');
		assert.equal(speakers('“We are ready,” said Lavrov. He spoke again and said it was “a farce”.')[1].speaker, 'sergei-lavrov');
		assert.equal(speakers('On Friday, said a diplomat: “We are ready.”')[0].speaker, null);
	});

	it('prefers the verb that runs into the quote to an earlier one in its sentence', () => {
		assert.equal(speakers('When a reporter asked about the talks, Lavrov said, “We are ready.”')[0].speaker, 'sergei-lavrov');
		assert.equal(speakers('Blinken said he expects that Moscow will say “no” to the plan.')[0].speaker, 'antony-blinken');
		assert.equal(speakers('While not all Blinken says is new, Lavrov said the offer is “a farce”.')[0].speaker, 'sergei-lavrov');
		assert.equal(speakers('Zelensky said Blinken later called the offer “a serious step”.')[0].speaker, 'antony-blinken');
		assert.equal(speakers('Zelensky said he would like Lavrov to explain “the plan”.')[0].speaker, 'volodymyr-zelensky');
	});

	it('takes a person named right before the colon that opens the quote, not a place or the one addressed', () => {
		assert.equal(speakers('The outcome did not surprise Nikolai Patrushev: “We expected it.”')[0].speaker, 'nikolai-patrushev');
		assert.equal(speakers('After a long night, officials from many countries gathered in Kiev: “We expected it.”')[0].speaker, null);
		assert.equal(speakers('Late on Friday a short letter from the ministry went out to Zelensky: “We expected it.”')[0].speaker, null);
		assert.equal(speakers('A short letter went out to the Ukrainian president Zelensky: “We expected it.”')[0].speaker, null);
		assert.deepEqual(
			speakers('Zelensky: “We will hold.” Sergei Lavrov: “We will see.”').map((quote) => quote.speaker),
			['volodymyr-zelensky', 'sergei-lavrov'],
		);
	});

	it('takes the speaker from a short clause that announces the quote with a colon, in the paragraph before', () => {
		assert.equal(speakers('On Friday, Zelensky made the following remark:\n\n“We will hold.”')[0].speaker, 'volodymyr-zelensky');
		assert.equal(speakers('Zelensky arrived late on Friday, and the ministry has the record:\n\n“We will hold.”')[0].speaker, null);
	});

	it('gives a quote joined to the next by "and" the attribution after the next', () => {
		assert.deepEqual(
			speakers('The plan is “reckless” and “dangerous,” Blinken said.').map((quote) => quote.speaker),
			['antony-blinken', 'antony-blinken'],
		);
	});

	it('gives later quotes of a sentence the same speaker', () => {
		const found = speakers('Blinken signaled that “the path remains open,” but Moscow would have to “de-escalate.”');
		assert.deepEqual(found.map((quote) => quote.speaker), ['antony-blinken', 'antony-blinken']);
	});

	it('resolves a pronoun to the person heading a recent sentence, else the last person named, outside quotes', () => {
		const text = 'Lavrov met Blinken in Geneva. “We learned from bitter experience,” he insisted.';
		assert.deepEqual(speakers(text)[0], { text: 'We learned from bitter experience,', speaker: 'sergei-lavrov', attribution: 'he insisted' });
		assert.equal(speakers('The talks with Blinken ended late. “We are done,” he said.')[0].speaker, 'antony-blinken');
		const quotedFirst = '“We are ready,” Lavrov said. “Unlike Zelensky, we want peace,” he added.';
		assert.equal(speakers(quotedFirst)[1].speaker, 'sergei-lavrov');
	});

	it('resolves a pronoun inside the quote ("– he explained –")', () => {
		const text = 'Lavrov arrived. Reporters waited. “There would be no wars – he explained – if it depended on us.”';
		assert.deepEqual(speakers(text)[0].speaker, 'sergei-lavrov');
	});

	it('resolves "the minister" to the person whose role or title before the name fits, spelt out or abbreviated', () => {
		const text = 'Lavrov met Blinken. The minister also anticipated that “a new meeting” is expected.';
		assert.equal(speakers(text)[0].speaker, 'sergei-lavrov');
		const governors = 'Gov. Ann Lee spoke first. Sen. Bo Kim answered her. “We will see,” the governor said.';
		const people = actorsIn(governors, [
			{ names: ['Ann Lee'], kind: 'person', role: 'Gov.' },
			{ names: ['Bo Kim'], kind: 'person', role: 'Sen.' },
		]);
		assert.equal(findQuotes(governors, people)[0].speaker, 'ann-lee');
		const titled = 'President Volodymyr Zelensky arrived. During the talks, Lavrov met Blinken. “We will hold,” the president said.';
		assert.equal(speakers(titled)[0].speaker, 'volodymyr-zelensky');
	});

	it('uses "according to" and headlines', () => {
		assert.equal(speakers('According to Washington, Russia poses a “clear threat”.')[0].speaker, 'washington');
		assert.equal(speakers('Lavrov: “Moscow does not want war.”')[0].speaker, 'sergei-lavrov');
		assert.equal(speakers('Kiev, Russia: “We will not back down”.')[0].speaker, null);
	});

	it('carries the speaker into the next paragraph after a colon or a continued quote', () => {
		const text = 'Lavrov told reporters in Moscow:\n\n“We will not back down.”\n\n“Nor will we give in.”';
		assert.deepEqual(speakers(text).map((quote) => quote.speaker), ['sergei-lavrov', 'sergei-lavrov']);
	});

	it('takes the speaker from the next sentence when it says who announced it', () => {
		const text = 'Blinken discussed with Lavrov “acute and shared” fears. This was announced on Saturday by the spokesman, Zelensky.';
		assert.equal(speakers(text)[0].speaker, 'volodymyr-zelensky');
	});

	it('gives a participle or a second verb the subject of the sentence', () => {
		assert.equal(speakers('Lavrov returned the compliment on Monday, telling TASS, “We are friends.”')[0].speaker, 'sergei-lavrov');
		assert.equal(speakers('He met Blinken. Zelensky praised the meetings and wrote that there was a “strong signal”.')[0].speaker, 'volodymyr-zelensky');
		assert.equal(speakers('Lavrov arrived. He is labeling the plan “a blatant abuse”.')[0].speaker, 'sergei-lavrov');
	});

	it('finds the speaker after a partial quote and its continuation', () => {
		assert.equal(speakers('The sanctions “are sickening,” Lavrov said on Tuesday.')[0].speaker, 'sergei-lavrov');
		assert.equal(speakers('“We are extremely happy” about the decision, said Zelensky.')[0].speaker, 'volodymyr-zelensky');
	});

	it('takes the attribution of the next paragraph for a quote that runs on', () => {
		const text = 'Lavrov met Zelensky.\n\n“Not only can we win, we will.”\n\n“We need unity,” Zelensky notes.';
		assert.deepEqual(speakers(text).map((quote) => quote.speaker), ['volodymyr-zelensky', 'volodymyr-zelensky']);
	});

	it('does not take the one asked or a possessive noun for the speaker', () => {
		assert.notEqual(speakers('“Are you ready?” Lavrov was asked by Blinken.')[0].speaker, 'sergei-lavrov');
		assert.equal(speakers('Blinken rejected Lavrov’s claims of a “provocation”.')[0].speaker, 'antony-blinken');
	});

	it('takes the name signed under a quote or after a dash, and "as X put it"', () => {
		assert.equal(speakers('“We will not back down.”\n\n- Sergei Lavrov.\n\nThe talks go on.')[0].speaker, 'sergei-lavrov');
		assert.equal(speakers('As Zelensky put it: “This is the moment.”')[0].speaker, 'volodymyr-zelensky');
		const voices = speakers('Readers wrote in. “We are ready.” ― Nikolai Patrushev “Talks must go on.” — Sergei Lavrov. “Not yet.”');
		assert.deepEqual(voices.map((quote) => quote.speaker), ['nikolai-patrushev', 'sergei-lavrov', null]);
	});

	it('names the medium, not the speaker, for "told TASS" and "quoted by TASS"', () => {
		assert.equal(speakers('“We are ready,” a diplomat told TASS.')[0].speaker, null);
		assert.equal(speakers('A diplomat, quoted by TASS, said “we are ready”.')[0].speaker, null);
	});

	it('gives null where no named actor said it', () => {
		assert.deepEqual(speakers('“We can confirm it,” the source said.')[0], { text: 'We can confirm it,', speaker: null, attribution: 'the source said' });
		assert.equal(speakers('Sources in Kiev say Russia is preparing a “wing” against Ukraine.')[0].speaker, null);
		assert.equal(speakers('Russia moved troops, creating what could become a new “wing” against Ukraine.')[0].speaker, null);
		assert.equal(speakers('However, according to anonymous sources cited by CNN, the talks were “animated”.')[0].speaker, null);
		assert.equal(speakers('The book “War and Peace” sold well.')[0].speaker, null);
	});
});
