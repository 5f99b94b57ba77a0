// @ts-check
// Starts code-server (a real VS Code: workbench in the browser, extension host in Node) on
// 127.0.0.1, isolated in temporary folders, and stops its whole process group when done.
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { onExit, temporaryFolder } = require('./cleanup');
const { ensurePrerequisites, PROJECT_ROOT } = require('./prerequisites');

const RECENT_LOG_LINES = 200;

/** A free TCP port on the loopback interface. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/**
 * Waits until code-server answers its health check.
 * @param {string} origin
 * @param {() => boolean} hasExited
 */
async function waitUntilHealthy(origin, hasExited) {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (hasExited()) throw new Error('code-server exited before it was ready');
		try {
			const response = await fetch(`${origin}/healthz`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`code-server did not answer ${origin}/healthz within 60 s`);
}

/**
 * Calls `onLine` for each line a stream writes.
 * @param {NodeJS.ReadableStream} stream
 * @param {(line: string) => void} onLine
 */
function eachLine(stream, onLine) {
	let pending = '';
	stream.setEncoding('utf8');
	stream.on('data', (/** @type {string} */ chunk) => {
		const lines = (pending + chunk).split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines) if (line.trim()) onLine(line);
	});
}

/**
 * @typedef {object} CodeServer
 * @property {string} origin `http://127.0.0.1:PORT`
 * @property {string} userDataDir the isolated user data folder (its `User/settings.json` holds user settings)
 * @property {string} extensionsDir the isolated extensions folder
 * @property {string} chromium Debian's chromium executable
 * @property {(folder: string, payload?: Array<[string, string]>) => string} workbenchUrl
 *   the address that opens `folder` with a payload (e.g. `extensionDevelopmentPath`); paths are local paths
 * @property {Promise<number | null>} exited settles when code-server exits, with its exit code
 * @property {() => string[]} recentLog code-server's last lines of output, for a failure report
 * @property {() => Promise<void>} stop stops the whole process group (also done at exit)
 */

/**
 * Installs what is missing, then starts code-server on a free loopback port.
 * @param {{ userSettings?: Record<string, unknown>, vsixToInstall?: string, smokeTestDriver?: boolean, verbose?: boolean }} [options]
 *   `userSettings` are written to the user settings file; `smokeTestDriver` lets the page run a test payload;
 *   `verbose` prints code-server's output as it comes (else it is kept for `recentLog`).
 * @returns {Promise<CodeServer>}
 */
async function startCodeServer(options = {}) {
	const { nodeBinary, codeServerEntry, chromium } = ensurePrerequisites();
	const root = temporaryFolder('article-annotator-code-server');
	const userDataDir = path.join(root, 'user-data');
	const extensionsDir = path.join(root, 'extensions');
	const xdg = path.join(root, 'xdg');
	const configFile = path.join(root, 'config.yaml');
	for (const folder of [path.join(userDataDir, 'User'), extensionsDir, xdg]) fs.mkdirSync(folder, { recursive: true });
	fs.writeFileSync(configFile, '');
	fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(options.userSettings ?? {}, null, '\t'));
	const env = {
		...process.env,
		XDG_CONFIG_HOME: path.join(xdg, 'config'),
		XDG_DATA_HOME: path.join(xdg, 'data'),
		XDG_CACHE_HOME: path.join(xdg, 'cache'),
	};
	const commonArgs = [codeServerEntry, '--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

	if (options.vsixToInstall) {
		console.log(`[code-server] installing ${path.relative(PROJECT_ROOT, options.vsixToInstall)}`);
		execFileSync(nodeBinary, [...commonArgs, '--install-extension', options.vsixToInstall, '--force'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
	}

	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const args = [
		...commonArgs,
		'--bind-addr', `127.0.0.1:${port}`,
		'--auth', 'none',
		'--disable-telemetry',
		'--disable-update-check',
		'--disable-workspace-trust',
		...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
	];
	const started = Date.now();
	// Its own process group, so that stopping it also stops the extension host and file watchers.
	const child = spawn(nodeBinary, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let exited = false;
	/** @type {Promise<number | null>} */
	const exitCode = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
	exitCode.then(() => (exited = true));
	/** @type {string[]} */
	const recentLines = [];
	/** @param {string} line */
	const keepLine = (line) => {
		if (options.verbose) console.log(`[code-server] ${line}`);
		recentLines.push(line);
		if (recentLines.length > RECENT_LOG_LINES) recentLines.shift();
	};
	eachLine(/** @type {NodeJS.ReadableStream} */ (child.stdout), keepLine);
	eachLine(/** @type {NodeJS.ReadableStream} */ (child.stderr), keepLine);
	// The whole group, even when code-server itself has exited: its children may linger.
	const killGroup = onExit(() => {
		if (child.pid) {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// already gone
			}
		}
	});

	try {
		await waitUntilHealthy(origin, () => exited);
	} catch (error) {
		console.error(recentLines.join('\n'));
		throw error;
	}
	console.log(`[code-server] listening on ${origin} (${Date.now() - started} ms)`);

	/** @param {string} localPath */
	const remoteUri = (localPath) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(localPath).pathname}`;
	return {
		origin,
		userDataDir,
		extensionsDir,
		chromium,
		exited: exitCode,
		recentLog: () => [...recentLines],
		workbenchUrl(folder, payload = []) {
			const remotePayload = payload.map(([key, value]) => [key, key.endsWith('Path') ? remoteUri(value) : value]);
			const query = new URLSearchParams({ folder, payload: JSON.stringify(remotePayload) });
			return `${origin}/?${query}`;
		},
		async stop() {
			if (!exited && child.pid) {
				try {
					process.kill(-child.pid, 'SIGTERM');
				} catch {
					// already gone
				}
				const deadline = Date.now() + 5000;
				while (!exited && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
			}
			killGroup();
		},
	};
}

module.exports = { startCodeServer };
