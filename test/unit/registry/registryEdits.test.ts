import * as assert from 'node:assert/strict';
import { addActor, emptyRegistry, findRegistryActor, formatRegistry, markNotAnActor, mergeActors, parseRegistry, type Registry } from '../../../src/registry';

const withLavrov: Registry = { version: 1, actors: [{ name: 'Sergei Lavrov', kind: 'person', aliases: ['Lavrov'], ids: { wikidata: 'Q7724' } }] };

describe('registry edits', () => {
	it('adds an actor once, finding it again by name or alias whatever the case', () => {
		const registry = addActor(emptyRegistry(), { name: 'Antony Blinken', kind: 'person' });
		assert.deepEqual(registry.actors, [{ name: 'Antony Blinken', kind: 'person' }]);
		assert.equal(addActor(withLavrov, { name: 'lavrov' }), withLavrov);
		assert.equal(findRegistryActor(withLavrov, 'LAVROV')?.name, 'Sergei Lavrov');
	});

	it('merges names into an actor as aliases, folding their own entries in', () => {
		const registry = addActor(withLavrov, { name: 'Serghei Lavrov', aliases: ['S. Lavrov'] });
		const merged = mergeActors(registry, { name: 'Sergei Lavrov' }, ['Serghei Lavrov', 'Lavrov']);
		assert.deepEqual(merged.actors, [{ name: 'Sergei Lavrov', kind: 'person', aliases: ['Lavrov', 'Serghei Lavrov', 'S. Lavrov'], ids: { wikidata: 'Q7724' } }]);
	});

	it('adds the merge target when the registry does not hold it yet', () => {
		const merged = mergeActors(emptyRegistry(), { name: 'Joe Biden', kind: 'person' }, ['Biden']);
		assert.deepEqual(merged.actors, [{ name: 'Joe Biden', kind: 'person', aliases: ['Biden'] }]);
	});

	it('marks a name as not an actor, turning an existing entry into the exclusion', () => {
		assert.deepEqual(markNotAnActor(emptyRegistry(), 'Mid-February').actors, [{ name: 'Mid-February', notAnActor: true }]);
		assert.equal(markNotAnActor(withLavrov, 'Lavrov').actors[0].notAnActor, true);
	});

	it('writes a file that reads back to the same registry', () => {
		assert.deepEqual(parseRegistry('actors.json', formatRegistry(withLavrov)), withLavrov);
	});
});
