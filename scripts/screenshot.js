// @ts-check
// `npm run screenshot`: what a user sees. Opens a sample article in code-server with the extension,
// hovers a name, and writes media/screenshots/light.png and dark.png (Default Light/Dark Modern).
//   node scripts/screenshot.js [sample-prefix] [word] [occurrence]   (defaults: 000 Lavrov 1)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { openBrowserPage } = require('./browser');
const { startCodeServer } = require('./codeServer');
const { PROJECT_ROOT } = require('./prerequisites');
const { copyOfSamples } = require('./workspaceCopy');

const HOVER_TIMEOUT_MS = 60_000;
const OUTPUT_DIR = path.join(PROJECT_ROOT, 'media', 'screenshots');
/**
 * Each theme and the class the workbench carries once it is applied: until the built-in themes are loaded
 * the workbench shows its fallback light theme, and an id it does not know (code-server 4.139 takes
 * "Default Dark Modern", not "Dark Modern") leaves the fallback for good.
 */
const THEMES = [
	{ file: 'light.png', theme: 'Default Light Modern', workbenchClass: 'vscode-theme-defaults-themes-light_modern-json' },
	{ file: 'dark.png', theme: 'Default Dark Modern', workbenchClass: 'vscode-theme-defaults-themes-dark_modern-json' },
];
const THEME_TIMEOUT_MS = 60_000;
/** A quiet workbench: no welcome page, chat or minimap in the way; wrapped lines like a reader's view. */
const BASE_SETTINGS = {
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'workbench.secondarySideBar.defaultVisibility': 'hidden',
	'chat.disableAIFeatures': true,
	'editor.minimap.enabled': false,
	'editor.wordWrap': 'on',
	'editor.hover.delay': 200,
	'extensions.ignoreRecommendations': true,
	'git.enabled': false,
	'telemetry.telemetryLevel': 'off',
};

/** @param {number} ms */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Line and column (1-based, as Go to Line takes them) of the middle of the `occurrence`-th (0-based) `word` in `text`.
 * @param {string} text
 * @param {string} word
 * @param {number} occurrence
 */
function lineAndColumnOf(text, word, occurrence) {
	let offset = -1;
	for (let seen = 0; seen <= occurrence; seen++) {
		offset = text.indexOf(word, offset + 1);
		if (offset < 0) throw new Error(`"${word}" occurs fewer than ${occurrence + 1} times in the sample`);
	}
	const before = text.slice(0, offset + Math.floor(word.length / 2)).split('\n');
	return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Hovers a position as a user would, until the editor shows a hover (the extension may still be
 * activating): the cursor is put there with Go to Line (Ctrl+G), the mouse goes where the editor drew it.
 * @param {import('playwright-core').Page} page
 * @param {{ line: number, column: number }} position
 */
async function hoverAt(page, { line, column }) {
	await page.keyboard.press('Control+G');
	await page.locator('.quick-input-widget input').waitFor();
	await page.keyboard.type(`${line}:${column}`);
	await page.keyboard.press('Enter');
	const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)');
	const deadline = Date.now() + HOVER_TIMEOUT_MS;
	while (Date.now() < deadline) {
		const cursor = await page.locator('.editor-group-container .monaco-editor .cursors-layer .cursor').first().boundingBox();
		if (!cursor) throw new Error('the editor shows no cursor');
		const y = cursor.y + cursor.height / 2;
		await page.mouse.move(cursor.x - 40, y + 60);
		await page.mouse.move(cursor.x + 2, y, { steps: 5 });
		try {
			await hover.first().waitFor({ state: 'visible', timeout: 2000 });
			return;
		} catch {
			// no hover yet: move away and come back
		}
	}
	throw new Error(`no hover at ${line}:${column} within ${HOVER_TIMEOUT_MS / 1000} s`);
}

/**
 * @param {{ file: string, theme: string, workbenchClass: string }} shot
 * @param {{ sample: string, word: string, occurrence: number }} subject
 */
async function takeScreenshot(shot, subject) {
	const server = await startCodeServer({ smokeTestDriver: true, userSettings: { ...BASE_SETTINGS, 'workbench.colorTheme': shot.theme } });
	const workspace = copyOfSamples();
	const sampleFile = fs.readdirSync(workspace).find((name) => name.startsWith(subject.sample));
	if (!sampleFile) throw new Error(`no sample named ${subject.sample}*`);
	const browser = await openBrowserPage(server.chromium, { width: 1280, height: 760 });
	const { page } = browser;
	try {
		await page.goto(server.workbenchUrl(workspace, [['extensionDevelopmentPath', PROJECT_ROOT], ['skipWelcome', 'true']]));
		await page.locator(`.monaco-workbench.${shot.workbenchClass}`).waitFor({ timeout: THEME_TIMEOUT_MS });
		await page.locator('.explorer-folders-view').waitFor();
		await page.locator('.explorer-folders-view .monaco-list-row', { hasText: sampleFile }).click();
		await page.locator('.editor-group-container .monaco-editor .view-lines').first().waitFor();
		const text = fs.readFileSync(path.join(workspace, sampleFile), 'utf8');
		const position = lineAndColumnOf(text, subject.word, subject.occurrence);
		await hoverAt(page, position);
		// Once more when the workspace's articles are indexed, so the hover shows the full counts.
		await pause(4000);
		await page.mouse.move(10, 10);
		await hoverAt(page, position);
		await pause(1000);
		const output = path.join(OUTPUT_DIR, shot.file);
		await page.screenshot({ path: output });
		console.log(`[screenshot] ${path.relative(PROJECT_ROOT, output)} (${shot.theme})`);
	} catch (error) {
		const failure = path.join(os.tmpdir(), `article-annotator-screenshot-failure-${shot.file}`);
		await page.screenshot({ path: failure });
		console.error(`[screenshot] the page when it failed: ${failure}`);
		throw error;
	}
	await browser.close();
	await server.stop();
}

async function main() {
	const [sample = '000', word = 'Lavrov', occurrence = '1'] = process.argv.slice(2);
	fs.mkdirSync(OUTPUT_DIR, { recursive: true });
	for (const shot of THEMES) await takeScreenshot(shot, { sample, word, occurrence: Number(occurrence) });
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error('[screenshot] FAILED:', error instanceof Error ? error.message : error);
		process.exit(1);
	},
);
