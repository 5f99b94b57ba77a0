// @ts-check
// Runs the integration suite (out/test/integration) in a real VS Code on this machine: code-server
// hosts the extension, headless chromium drives the workbench. Build first (npm's pretest does).
//   node scripts/integrationTests.js [--vsix]   --vsix: test the packaged .vsix instead of the folder
// ARTICLE_ANNOTATOR_TEST_GREP=<text> runs only the tests whose title contains it;
// ARTICLE_ANNOTATOR_VERBOSE=1 also prints code-server's and the workbench's own log.
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { openBrowserPage } = require('./browser');
const { startCodeServer } = require('./codeServer');
const { PROJECT_ROOT } = require('./prerequisites');
const { packageVsix, VSIX_RUNNER_FOLDER } = require('./vsix');
const { copyOfSamples } = require('./workspaceCopy');

const SUITE_TIMEOUT_MS = 10 * 60 * 1000;
const SUITE_INDEX = path.join(PROJECT_ROOT, 'out', 'test', 'integration', 'index.js');
/** The first line test/integration/index.ts prints: the host's log is forwarded from there on. */
const SUITE_START = /^Integration suite: /;
/** Workbench chatter that says nothing about the suite (offline gallery, sign-in, chat). */
const WORKBENCH_NOISE = /^\[(AgentHost|ChatModelSelection|AccountPolicyGate)|ENOTFOUND|EAI_AGAIN|authentication provider/;
const verbose = process.env.ARTICLE_ANNOTATOR_VERBOSE === '1';

/** @param {string[]} argv */
async function main(argv) {
	const useVsix = argv.includes('--vsix');
	if (!fs.existsSync(SUITE_INDEX) || !fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'extension.js'))) {
		throw new Error('build first: node esbuild.js && tsc -p . (npm test does both)');
	}
	const started = Date.now();
	const server = await startCodeServer({ smokeTestDriver: true, verbose, vsixToInstall: useVsix ? packageVsix() : undefined });
	const workspace = copyOfSamples();
	const grep = process.env.ARTICLE_ANNOTATOR_TEST_GREP;
	const url = server.workbenchUrl(workspace, [
		// With the .vsix installed, the development path is an empty runner so the installed copy is the one tested.
		['extensionDevelopmentPath', useVsix ? VSIX_RUNNER_FOLDER : PROJECT_ROOT],
		['extensionTestsPath', SUITE_INDEX],
		['extensionEnvironment', JSON.stringify(grep ? { ARTICLE_ANNOTATOR_TEST_GREP: grep } : {})],
		['skipWelcome', 'true'],
	]);

	const browser = await openBrowserPage(server.chromium);
	/** @type {(code: number) => void} */
	let resolveExitCode = () => undefined;
	/** @type {Promise<number>} */
	const exitCode = new Promise((resolve) => (resolveExitCode = resolve));
	let finished = false;
	/** @param {number} code */
	const finish = (code) => {
		finished = true;
		resolveExitCode(code);
	};
	let suiteStarted = false;
	await browser.page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown[]} */ args) => {
		const line = util.format(...(Array.isArray(args) ? args : [args]));
		suiteStarted ||= SUITE_START.test(line);
		if (verbose || (suiteStarted && !WORKBENCH_NOISE.test(line))) (type === 'error' ? console.error : console.log)(line);
	});
	await browser.page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => finish(code));
	/** @param {string} reason */
	const abort = (reason) => {
		if (finished) return;
		console.error(`[integration] FAILED: ${reason}`);
		finish(1);
	};
	browser.page.on('crash', () => abort('the workbench page crashed'));
	void server.exited.then((code) => abort(`code-server exited (code ${code}) during the run:\n${server.recentLog().slice(-30).join('\n')}`));
	console.log(`[integration] opening the workbench on a copy of samples/ (${useVsix ? 'packaged .vsix' : 'development folder'})`);
	await browser.page.goto(url);

	const timeout = setTimeout(() => abort(`the suite did not finish within ${SUITE_TIMEOUT_MS / 60000} minutes`), SUITE_TIMEOUT_MS);
	const code = await exitCode;
	clearTimeout(timeout);
	if (code !== 0 && !suiteStarted) console.error(`[integration] the suite never started; code-server's log:\n${server.recentLog().join('\n')}`);
	await browser.close();
	await server.stop();
	console.log(`[integration] ${code === 0 ? 'passed' : 'FAILED'} (exit code ${code}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return code;
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error) => {
		console.error('[integration] FAILED:', error instanceof Error ? error.message : error);
		process.exit(1);
	},
);
