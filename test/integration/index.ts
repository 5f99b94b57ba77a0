import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Compiled test files of the integration suite, under this folder, in a stable order. */
function integrationTestFiles(): string[] {
	return fs
		.readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.test.js'))
		.sort()
		.map((file) => path.join(__dirname, file));
}

/**
 * The suite entry VS Code calls in the extension host (`extensionTestsPath`): runs mocha over
 * `out/test/integration/**\/*.test.js` and rejects when a test fails. Ends with a line
 * `N passed, N failed` that CI reads.
 */
export const EDITOR_BENCH = 'editor bench';

export function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20000 });
	// The editor bench measures rather than asserts: `npm run bench` runs it alone, the test run leaves it out.
	const grep = process.env.ARTICLE_ANNOTATOR_TEST_GREP;
	if (grep) mocha.grep(grep);
	else mocha.grep(EDITOR_BENCH).invert();
	const files = integrationTestFiles();
	for (const file of files) mocha.addFile(file);
	// scripts/integrationTests.js forwards the host's log from this line on.
	console.log(`Integration suite: ${files.length} test files`);
	return new Promise((resolve, reject) => {
		const runner = mocha.run((failures) => {
			const { passes = 0 } = runner.stats ?? {};
			console.log(`${passes} passed, ${failures} failed`);
			if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
			else resolve();
		});
	});
}
