import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * Runs the integration suite in a desktop VS Code that @vscode/test-electron downloads into
 * `.vscode-test/` (needs internet; offline machines use scripts/integrationTests.js and code-server).
 * The workspace is a fresh copy of samples/, so tests may write sidecars.
 */
async function main(): Promise<number> {
	const projectRoot = path.resolve(__dirname, '..', '..', '..');
	const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'article-annotator-electron-'));
	const workspace = path.join(temporary, 'samples');
	fs.cpSync(path.join(projectRoot, 'samples'), workspace, { recursive: true });
	try {
		return await runTests({
			extensionDevelopmentPath: projectRoot,
			extensionTestsPath: path.join(__dirname, 'index.js'),
			launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
		});
	} finally {
		fs.rmSync(temporary, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error('Integration tests under @vscode/test-electron failed:', error);
		process.exit(1);
	},
);
