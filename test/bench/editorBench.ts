/**
 * Editor figures that need no VS Code: the work between an edit's debounce and its highlights (analysis,
 * chunked for large articles, plus the spans of each category) for a sample and a 1 MB article, and the
 * bundle size. Activation and
 * edit-to-highlights inside a real VS Code are measured by test/integration/editorBench.test.ts, which
 * records them in bench-results/local-editor-vscode.json; they are reported here from its last run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { analyzeArticle } from '../../src/analysis';
import { ChunkedAnalyzer } from '../../src/editor/analysis/chunkedAnalysis';
import { decorationSpans } from '../../src/editor/decorations/decorationSpans';
import type { Figure } from './measure';
import { generateArticles, loadSamples } from './generateCorpus';
import { medianMs } from './measure';

const root = path.resolve(__dirname, '../../..');

/** Where the integration-hosted editor bench records its figures. */
export const EDITOR_VSCODE_FIGURES = path.join(root, 'bench-results', 'local-editor-vscode.json');

/** The editor's share of an update: analysis of the whole text and the highlight spans of every category. */
function analyseAndSpan(text: string): void {
	decorationSpans(analyzeArticle(text));
}

/** A large article after an edit: the edited chunk re-analysed, the rest reused, and the highlight spans. */
function largeArticleEdit(text: string): () => void {
	const analyzer = new ChunkedAnalyzer();
	const middle = text.indexOf('\n\n', text.length / 2) + 2;
	const versions = [text, `${text.slice(0, middle)}Antony Blinken said so. ${text.slice(middle)}`];
	analyzer.analyze(versions[0], {});
	let turn = 0;
	return () => decorationSpans(analyzer.analyze(versions[++turn % 2], {}));
}

export async function benchEditor(): Promise<Figure[]> {
	const sample = loadSamples()[0];
	const megabyte = generateArticles(1, 1024 * 1024)[0];
	const figures: Figure[] = [
		{
			name: `edit to highlights, our work: sample article (${(sample.length / 1024).toFixed(1)} KB, median)`,
			value: medianMs(() => analyseAndSpan(sample), 50, 5),
			unit: 'ms',
			target: '< 20',
		},
		{
			name: 'edit to highlights, our work: 1 MB article, one paragraph edited (median)',
			value: medianMs(largeArticleEdit(megabyte), 9, 1),
			unit: 'ms',
			target: '< 200',
		},
		{
			name: 'first analysis + highlight spans: 1 MB article (no chunk cached)',
			value: medianMs(() => decorationSpans(new ChunkedAnalyzer().analyze(megabyte, {})), 3, 0),
			unit: 'ms',
		},
	];
	const built = path.join(root, 'dist', 'extension.js');
	if (existsSync(built)) figures.push({ name: 'dist/extension.js as built', value: statSync(built).size / 1024 / 1024, unit: 'MB' });
	const production = await buildProductionBundle();
	figures.push({ name: 'dist/extension.js minified (--production)', value: production.length / 1024 / 1024, unit: 'MB', target: '< 1.5' });
	figures.push({ name: 'loading the minified bundle (CPU, cold process, before activate())', value: bundleLoadCpuMs(production), unit: 'ms' });
	figures.push(...vsCodeFigures());
	return figures;
}

/** The extension bundle as `npm run package` ships it, built in memory with esbuild.js's own options. */
async function buildProductionBundle(): Promise<Uint8Array> {
	// esbuild.js is a plain CommonJS script outside the TypeScript project, so it is loaded by path.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { bundleOptions } = require(path.join(root, 'esbuild.js')) as { bundleOptions(flags: { production: boolean; watch: boolean }): { extension: esbuild.BuildOptions } };
	const { outputFiles } = await esbuild.build({ ...bundleOptions({ production: true, watch: false }).extension, absWorkingDir: root, write: false, logLevel: 'silent' });
	return outputFiles[0].contents;
}

/**
 * CPU milliseconds a fresh Node process spends loading the bundle (parsing it and running its module
 * code), with `vscode` replaced by a stand-in that answers every name: the part of activation that
 * comes before `activate()`. Median of three processes.
 */
function bundleLoadCpuMs(bundle: Uint8Array): number {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'article-annotator-load-'));
	const bundlePath = path.join(folder, 'extension.js');
	writeFileSync(bundlePath, bundle);
	const apiNames = [
		...readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8').matchAll(/^\s*export (?:class|enum|namespace|const|function|let) (\w+)/gm),
	].map((match) => match[1]);
	const script = `
		const Module = require('module');
		const anything = new Proxy(function () {}, { get: (_, key) => key === 'then' ? undefined : key === Symbol.toPrimitive ? () => 0 : anything, apply: () => anything, construct: () => anything });
		const vscode = Object.fromEntries(${JSON.stringify(apiNames)}.map((name) => [name, anything]));
		const load = Module._load;
		Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
		const before = process.cpuUsage();
		require(${JSON.stringify(bundlePath)});
		const used = process.cpuUsage(before);
		process.stdout.write(String((used.user + used.system) / 1000));`;
	try {
		const runs = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })));
		return runs.sort((a, b) => a - b)[1];
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/** The figures of the last integration-hosted run, when there is one. */
function vsCodeFigures(): Figure[] {
	if (!existsSync(EDITOR_VSCODE_FIGURES)) {
		return [];
	}
	const recorded = JSON.parse(readFileSync(EDITOR_VSCODE_FIGURES, 'utf8')) as { figures: Figure[] };
	return recorded.figures.map((figure) => ({ ...figure, name: `${figure.name} (in VS Code, last integration run)` }));
}
