import { mkdirSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { isCalendarDay } from '../analysis';
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, isExportFormatId, isFramed, type ExportOutput } from '../export';
import { loadRegistryFile, UsageError } from './analyzeCommand';
import { analyzeEachFile } from './analyzeEachFile';
import { FramedDocumentFile } from './framedDocumentFile';
import { readArticleExport } from './readArticleExport';

export interface ExportCommandOptions {
	format: string;
	/** The file to write, `-` for stdout, or the folder (brat). */
	out: string;
	referenceDate?: string;
	registryFile?: string;
	/** CSV: start with a UTF-8 byte-order mark. */
	byteOrderMark?: boolean;
	/** Told after each article is read and analysed. */
	onProgress?: (done: number, total: number) => void;
}

export interface ExportSummary {
	/** Articles exported. */
	exported: number;
	/** UTF-8 bytes of article text read. */
	bytes: number;
	/** One line per file that could not be exported. */
	failures: string[];
	/** What the format could not carry (e.g. orphaned claims in brat). */
	warnings: string[];
	/** Paths written, or none when the output went to stdout. */
	written: string[];
	/** The document when `out` is `-`. */
	stdout?: string;
}

/**
 * Exports articles in one format: reads each file and its sidecar (`<file>.annotations.json` beside it, when
 * present), has it analysed as the editor would (on worker threads for many files) and writes its part of
 * the export, then assembles the format's document or folder. A file that cannot be read, or whose sidecar is
 * invalid, is reported and the others are still exported.
 */
export async function exportFiles(files: readonly string[], options: ExportCommandOptions): Promise<ExportSummary> {
	const format = checkOptions(options);
	await checkOutPath(format.output, options.out);
	const registry = options.registryFile ? await loadRegistryFile(options.registryFile) : [];
	const build = { referenceDate: options.referenceDate, registry };
	const exportOptions = { byteOrderMark: options.byteOrderMark };
	const { writer } = format;
	// A document made of a frame around each article's text goes into its file as the articles come.
	const streamed = isFramed(writer) && options.out !== '-' ? new FramedDocumentFile(options.out, writer.frame(exportOptions)) : undefined;
	// Each article's part is written as soon as it is analysed, while the workers go on with the others.
	const results = await analyzeEachFile(
		files,
		async (file, pool) => {
			const article = await readArticleExport(file, build, pool);
			return { part: writer.articlePart(article, exportOptions), bytes: Buffer.byteLength(article.text) };
		},
		(result, index, done) => {
			streamed?.put(index, 'part' in result ? (result.part as string) : undefined);
			options.onProgress?.(done, files.length);
		},
	);
	const exported = results.flatMap((result) => ('part' in result ? [result] : []));
	const failures = results.flatMap((result) => ('error' in result ? [result.error] : []));
	const bytes = exported.reduce((sum, result) => sum + result.bytes, 0);
	const read: ExportSummary = { exported: exported.length, bytes, failures, warnings: [], written: [] };
	if (streamed) return { ...read, written: streamed.close() ? [options.out] : [] };
	const output = exported.length > 0 ? writer.assemble(exported.map((result) => result.part), exportOptions) : undefined;
	if (!output) return read;
	const summary = { ...read, warnings: output.warnings };
	if (options.out === '-' && output.kind === 'document') return { ...summary, stdout: output.content };
	return { ...summary, written: writeOutput(output, options.out) };
}

function checkOptions(options: ExportCommandOptions) {
	if (!isExportFormatId(options.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMAT_IDS.join(', ')}, not "${options.format}"`);
	if (!options.out) throw new UsageError('export needs --out PATH');
	if (options.referenceDate !== undefined && !isCalendarDay(options.referenceDate)) {
		throw new UsageError(`--reference-date must be a calendar day YYYY-MM-DD, not "${options.referenceDate}"`);
	}
	const format = EXPORT_FORMATS[options.format];
	if (format.output === 'folder' && options.out === '-') throw new UsageError(`${format.id} writes a folder: --out must name one, not "-"`);
	return format;
}

/** Refuses, before any work, an `--out` that is a folder for a document or a file for a folder. */
async function checkOutPath(kind: ExportOutput['kind'], out: string): Promise<void> {
	const existing = out === '-' ? undefined : await stat(out).catch(() => undefined);
	if (kind === 'document' && existing?.isDirectory()) throw new UsageError(`--out ${out} is a folder, but this format writes one file`);
	if (kind === 'folder' && existing && !existing.isDirectory()) throw new UsageError(`--out ${out} is a file, but this format writes a folder`);
}

/** Synchronous: for a folder of many small files, the promise API's round trips through the thread pool cost more than the writes. */
function writeOutput(output: ExportOutput, out: string): string[] {
	if (output.kind === 'document') {
		mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
		writeFileSync(out, output.content);
		return [out];
	}
	mkdirSync(out, { recursive: true });
	return output.files.map((file) => {
		const target = path.join(out, file.path);
		writeFileSync(target, file.content);
		return target;
	});
}

/** From this many files on, progress goes to stderr. */
const PROGRESS_FROM = 20;

/** `article-annotator export …`: parses its arguments, exports, reports on stderr; returns the exit code. */
export async function runExportCommand(args: string[], help: string): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			format: { type: 'string', short: 'f' },
			out: { type: 'string', short: 'o' },
			'reference-date': { type: 'string' },
			registry: { type: 'string' },
			bom: { type: 'boolean' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help) {
		process.stdout.write(help);
		return 0;
	}
	if (!values.format) throw new UsageError(`export needs --format, one of ${EXPORT_FORMAT_IDS.join(', ')}`);
	if (positionals.length === 0) throw new UsageError('export needs at least one FILE');
	const started = performance.now();
	const summary = await exportFiles(positionals, {
		format: values.format,
		out: values.out ?? '',
		referenceDate: values['reference-date'],
		registryFile: values.registry,
		byteOrderMark: values.bom,
		onProgress: positionals.length >= PROGRESS_FROM ? progressReporter() : undefined,
	});
	for (const line of [...summary.failures, ...summary.warnings]) process.stderr.write(`article-annotator: ${line}\n`);
	if (summary.stdout !== undefined) process.stdout.write(summary.stdout);
	if (positionals.length >= PROGRESS_FROM || summary.failures.length > 0) {
		const seconds = (performance.now() - started) / 1000;
		const where = summary.stdout !== undefined ? 'stdout' : values.out;
		process.stderr.write(
			`article-annotator: exported ${summary.exported} of ${positionals.length} articles (${megabytes(summary.bytes)} MB) as ${values.format} to ${where} in ${seconds.toFixed(2)} s (${megabytes(summary.bytes / seconds)} MB/s)\n`,
		);
	}
	return summary.failures.length === 0 ? 0 : 1;
}

/** Writes a progress line at every tenth of the files. */
function progressReporter(): NonNullable<ExportCommandOptions['onProgress']> {
	let reported = 0;
	return (done, total) => {
		const tenth = Math.floor((done * 10) / total);
		if (tenth > reported || done === total) {
			reported = tenth;
			process.stderr.write(`article-annotator: ${done}/${total} articles read and analysed\n`);
		}
	};
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
