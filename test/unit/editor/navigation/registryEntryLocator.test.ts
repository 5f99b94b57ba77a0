import * as assert from 'node:assert/strict';
import { findRegistryEntry } from '../../../../src/editor/navigation/registryEntryLocator';

const registry = JSON.stringify(
	{
		version: 1,
		actors: [
			{ name: 'Antony Blinken', aliases: ['Anthony Blinken', 'Blinken'], kind: 'person' },
			{ name: 'Sergei "the minister" Lavrov', aliases: ['Serghei Lavrov'] },
		],
	},
	null,
	2,
);

describe('findRegistryEntry', () => {
	it('finds the name property of the actor', () => {
		const offset = findRegistryEntry(registry, 'Antony Blinken');
		assert.equal(registry.slice(offset, offset! + 24), '"name": "Antony Blinken"');
	});

	it('finds a name that needs JSON escaping', () => {
		const offset = findRegistryEntry(registry, 'Sergei "the minister" Lavrov');
		assert.ok(offset !== undefined && registry.slice(offset).startsWith('"name": "Sergei \\"the minister\\" Lavrov"'));
	});

	it('falls back to an alias equal to a spelling seen', () => {
		const offset = findRegistryEntry(registry, 'Serghei V. Lavrov', ['Lavrov', 'Serghei Lavrov']);
		assert.ok(offset !== undefined && registry.slice(offset).startsWith('"Serghei Lavrov"'));
	});

	it('answers undefined for an actor the registry does not hold', () => {
		assert.equal(findRegistryEntry(registry, 'Joe Biden', ['Biden']), undefined);
	});
});
