// @ts-check
// Temporary folders and child processes that must not outlive the script, whatever way it ends.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** @type {Array<() => void>} run last-registered first, synchronously (they also run from `process.on('exit')`). */
const cleanups = [];
let handlersInstalled = false;

function runCleanups() {
	while (cleanups.length > 0) {
		const cleanup = /** @type {() => void} */ (cleanups.pop());
		try {
			cleanup();
		} catch (error) {
			console.error('[cleanup]', error);
		}
	}
}

function installHandlers() {
	if (handlersInstalled) return;
	handlersInstalled = true;
	process.on('exit', runCleanups);
	for (const [signal, code] of /** @type {const} */ ([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]])) {
		process.on(signal, () => {
			console.error(`\n[cleanup] ${signal}: stopping`);
			process.exit(code);
		});
	}
	process.on('uncaughtException', (error) => {
		console.error(error);
		process.exit(1);
	});
	process.on('unhandledRejection', (error) => {
		console.error(error);
		process.exit(1);
	});
}

/**
 * Registers a synchronous clean-up that runs when the process exits (normally, on a signal or an error).
 * @param {() => void} cleanup
 * @returns {() => void} runs the clean-up now (once) instead of at exit
 */
function onExit(cleanup) {
	installHandlers();
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		cleanup();
	};
	cleanups.push(once);
	return once;
}

/**
 * A new temporary folder, removed at exit.
 * @param {string} prefix
 */
function temporaryFolder(prefix) {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
	onExit(() => fs.rmSync(folder, { recursive: true, force: true }));
	return folder;
}

module.exports = { onExit, temporaryFolder };
