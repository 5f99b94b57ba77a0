/** Prints the seed-gold scores: `node out/test/eval/printSeedScores.js`. */
import { accuracy, f1, precision, recall, type Counts } from './scoreAgainstGold';
import { scoreSeeds } from './seedGold';

const line = (name: string, c: Counts) =>
	`${name.padEnd(20)} P ${precision(c).toFixed(3)}  R ${recall(c).toFixed(3)}  F1 ${f1(c).toFixed(3)}  acc ${accuracy(c).toFixed(3)}  (${c.correct}/${c.predicted} predicted, ${c.gold} gold)`;

const { total } = scoreSeeds();
for (const [name, counts] of Object.entries(total)) console.log(line(name, counts));
