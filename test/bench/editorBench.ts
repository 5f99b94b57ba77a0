/**
 * Editor figures that need no VS Code: the work between an edit's debounce and its highlights (analysis,
 * chunked for large articles, plus the spans of each category) for a sample and a 1 MB article, and the
 * bundle size. Activation and
 * edit-to-highlights inside a real VS Code are measured by test/integration/editorBench.test.ts, which
 * records them in bench-results/local-editor-vscode.json; they are reported here from its last run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { analyzeArticle } from '../../src/analysis';
import { ChunkedAnalyzer } from '../../src/editor/analysis/chunkedAnalysis';
import { decorationSpans } from '../../src/editor/decorations/decorationSpans';
import type { Figure } from './analysisBench';
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
	figures.push({ name: 'dist/extension.js minified (--production)', value: await productionBundleMb(), unit: 'MB', target: '< 1.5' });
	figures.push(...vsCodeFigures());
	return figures;
}

/** The size of the extension bundle as `npm run package` ships it, built in memory. */
async function productionBundleMb(): Promise<number> {
	const { outputFiles } = await esbuild.build({
		entryPoints: [path.join(root, 'src', 'extension.ts')],
		bundle: true,
		format: 'cjs',
		platform: 'node',
		target: 'node20',
		external: ['vscode'],
		minify: true,
		write: false,
		logLevel: 'silent',
	});
	return outputFiles.reduce((bytes, file) => bytes + file.contents.length, 0) / 1024 / 1024;
}

/** The figures of the last integration-hosted run, when there is one. */
function vsCodeFigures(): Figure[] {
	if (!existsSync(EDITOR_VSCODE_FIGURES)) {
		return [];
	}
	const recorded = JSON.parse(readFileSync(EDITOR_VSCODE_FIGURES, 'utf8')) as { figures: Figure[] };
	return recorded.figures.map((figure) => ({ ...figure, name: `${figure.name} (in VS Code, last integration run)` }));
}
