// @ts-check
// Debian's chromium driven by playwright-core, headless, with a throw-away profile.
const { chromium } = require('playwright-core');
const { temporaryFolder } = require('./cleanup');

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Opens a headless browser page (playwright kills the browser if the script exits first).
 * @param {string} executablePath
 * @param {{ width: number, height: number }} [viewport]
 */
async function openBrowserPage(executablePath, viewport = { width: 1280, height: 800 }) {
	const context = await chromium.launchPersistentContext(temporaryFolder('article-annotator-chromium'), {
		executablePath,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport,
	});
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		page,
		async close() {
			await context.close().catch(() => undefined);
		},
	};
}

module.exports = { openBrowserPage };
