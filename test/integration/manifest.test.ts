import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/editor/commandIds';
import { SETTINGS_SECTION, SettingKeys } from '../../src/editor/settingKeys';
import { EXTENSION_ID, getApi } from './helpers';

interface Manifest {
	contributes?: {
		commands?: { command: string }[];
		configuration?: { properties?: Record<string, unknown> } | { properties?: Record<string, unknown> }[];
		menus?: Record<string, { command?: string }[]>;
		views?: Record<string, { id: string }[]>;
	};
}

const COMMAND_PREFIX = `${SETTINGS_SECTION}.`;

/** package.json as shipped (placeholders such as `%command.title%` not yet replaced). */
function readManifest(): { manifest: Manifest; folder: string } {
	const extension = vscode.extensions.getExtension(EXTENSION_ID);
	assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
	const folder = extension.extensionPath;
	return { manifest: JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as Manifest, folder };
}

function sorted(values: Iterable<string>): string[] {
	return [...values].sort();
}

describe('package.json and the code agree', () => {
	const { manifest, folder } = readManifest();
	const contributedCommands = new Set((manifest.contributes?.commands ?? []).map((entry) => entry.command));

	it('registers every contributed command, and contributes every command it registers', async () => {
		await getApi();
		// VS Code adds commands of its own for each view (`<view id>.focus`, `.open`...).
		const viewIds = Object.values(manifest.contributes?.views ?? {}).flatMap((views) => views.map((view) => `${view.id}.`));
		const registered = new Set(
			(await vscode.commands.getCommands(true)).filter(
				(id) => id.startsWith(COMMAND_PREFIX) && !viewIds.some((viewId) => id.startsWith(viewId)),
			),
		);
		assert.deepEqual(sorted(registered), sorted(contributedCommands));
		assert.deepEqual(sorted(registered), sorted(new Set(Object.values(CommandIds))));
	});

	it('contributes every setting key of settingKeys.ts, and no other', () => {
		const configurations = manifest.contributes?.configuration ?? [];
		const properties = (Array.isArray(configurations) ? configurations : [configurations]).flatMap((section) => Object.keys(section.properties ?? {}));
		const expected = Object.values(SettingKeys).map((key) => `${SETTINGS_SECTION}.${key}`);
		assert.deepEqual(sorted(properties.filter((key) => key.startsWith(`${SETTINGS_SECTION}.`))), sorted(expected));
	});

	it('names only contributed commands in its menus', () => {
		for (const [menu, items] of Object.entries(manifest.contributes?.menus ?? {})) {
			for (const { command } of items) {
				if (command?.startsWith(COMMAND_PREFIX)) assert.ok(contributedCommands.has(command), `menu ${menu} names ${command}, which is not contributed`);
			}
		}
	});

	it('has a package.nls.json entry for every %placeholder% of package.json', () => {
		const raw = fs.readFileSync(path.join(folder, 'package.json'), 'utf8');
		const placeholders = new Set([...raw.matchAll(/"%([^%"\s]+)%"/g)].map((match) => match[1]));
		if (placeholders.size === 0) return;
		const messages = JSON.parse(fs.readFileSync(path.join(folder, 'package.nls.json'), 'utf8')) as Record<string, unknown>;
		assert.deepEqual(sorted([...placeholders].filter((key) => !(key in messages))), []);
	});
});
