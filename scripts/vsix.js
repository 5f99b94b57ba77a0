// @ts-check
// Packages the extension as a .vsix (offline) with @vscode/vsce, as the Marketplace would receive it.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { PROJECT_ROOT } = require('./prerequisites');

/** An extension with no code: the development path of a run that tests the installed .vsix. */
const VSIX_RUNNER_FOLDER = path.join(__dirname, 'vsixTestRunner');

/**
 * Builds `.cache/article-annotator.vsix` from the current dist/ and returns its path. The README's
 * images stay relative (they ship in media/): there is no repository URL to rewrite them to.
 */
function packageVsix() {
	const vsix = path.join(PROJECT_ROOT, '.cache', 'article-annotator.vsix');
	fs.mkdirSync(path.dirname(vsix), { recursive: true });
	console.log('[vsix] packaging with vsce');
	execFileSync(
		process.execPath,
		[require.resolve('@vscode/vsce/vsce'), 'package', '--out', vsix, '--allow-missing-repository', '--no-rewrite-relative-links'],
		{ cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
	);
	return vsix;
}

module.exports = { packageVsix, VSIX_RUNNER_FOLDER };

if (require.main === module) packageVsix();
