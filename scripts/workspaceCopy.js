// @ts-check
// A throw-away copy of the sample articles, so that runs never dirty the repository's samples/.
const fs = require('node:fs');
const path = require('node:path');
const { temporaryFolder } = require('./cleanup');
const { PROJECT_ROOT } = require('./prerequisites');

/** Copies samples/ into a new temporary folder (removed at exit) and returns the copy's path. */
function copyOfSamples() {
	const workspace = path.join(temporaryFolder('article-annotator-workspace'), 'samples');
	fs.cpSync(path.join(PROJECT_ROOT, 'samples'), workspace, { recursive: true });
	return workspace;
}

module.exports = { copyOfSamples };
