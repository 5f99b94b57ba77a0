// @ts-check
// `npm start`: opens the sample articles in a real VS Code with the extension loaded from this folder.
// The desktop `code` when it is on PATH; otherwise code-server on 127.0.0.1, running until Ctrl+C.
// The workspace is .cache/samples-workspace, a copy of samples/ kept between runs (so annotations
// survive and the repository's samples/ stay clean); delete it to start over.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { startCodeServer } = require('./codeServer');
const { PROJECT_ROOT } = require('./prerequisites');

const WORKSPACE = path.join(PROJECT_ROOT, '.cache', 'samples-workspace');

/** Copies the samples not yet in the workspace (never overwrites the analyst's copy). */
function prepareWorkspace() {
	fs.cpSync(path.join(PROJECT_ROOT, 'samples'), WORKSPACE, { recursive: true, force: false });
	return WORKSPACE;
}

/** @param {string} command */
function isOnPath(command) {
	return (process.env.PATH ?? '').split(path.delimiter).some((folder) => folder && fs.existsSync(path.join(folder, command)));
}

async function main() {
	const workspace = prepareWorkspace();
	if (isOnPath('code') && !process.argv.includes('--code-server')) {
		console.log(`Opening ${path.relative(PROJECT_ROOT, workspace)} in VS Code with the extension from ${PROJECT_ROOT}`);
		const result = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${PROJECT_ROOT}`, workspace], { stdio: 'inherit' });
		process.exit(result.status ?? 1);
	}
	// The smoke-test driver lets the page's payload load the development extension (code-server has no flag for it).
	const server = await startCodeServer({ smokeTestDriver: true, verbose: process.env.ARTICLE_ANNOTATOR_VERBOSE === '1' });
	const url = server.workbenchUrl(workspace, [
		['extensionDevelopmentPath', PROJECT_ROOT],
		['skipWelcome', 'true'],
	]);
	const port = new URL(server.origin).port;
	console.log('\nVS Code (code-server) serves the sample articles with the extension loaded. Open this address in a browser');
	console.log(`on this machine (from another one, forward the port first: ssh -L ${port}:127.0.0.1:${port} <this machine>):\n`);
	console.log(`  ${url}\n`);
	console.log('After `npm run build`, reload the page to load the new build. Ctrl+C stops code-server.');
	const code = await server.exited;
	console.error(`code-server exited (code ${code}):\n${server.recentLog().slice(-20).join('\n')}`);
	process.exit(1);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
