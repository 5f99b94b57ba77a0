import { readFile } from 'node:fs/promises';
import { analyzeArticle, isCalendarDay, type ArticleAnalysis, type RegistryActor } from '../analysis';
import { parseRegistry } from '../registry/loadRegistry';
import { readArticleFile } from './readArticleFile';

export interface AnalyzeCommandOptions {
	referenceDate?: string;
	registryFile?: string;
}

export type ArticleResult = ({ file: string } & ArticleAnalysis) | { file: string; error: string };

/** Analyses each file; a file that fails gets an `error` entry and the others go on. */
export async function analyzeFiles(files: readonly string[], options: AnalyzeCommandOptions): Promise<ArticleResult[]> {
	if (options.referenceDate !== undefined && !isCalendarDay(options.referenceDate)) {
		throw new UsageError(`--reference-date must be a calendar day YYYY-MM-DD, not "${options.referenceDate}"`);
	}
	const registry = options.registryFile ? await loadRegistryFile(options.registryFile) : [];
	const results: ArticleResult[] = [];
	for (const file of files) {
		try {
			const text = readArticleFile(file);
			results.push({ file, ...analyzeArticle(text, { referenceDate: options.referenceDate, registry }) });
		} catch (error) {
			results.push({ file, error: `${file}: ${(error as Error).message}` });
		}
	}
	return results;
}

/** Reads and validates a registry file; a UsageError says why it cannot be used. */
export async function loadRegistryFile(file: string): Promise<RegistryActor[]> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		throw new UsageError(`cannot read the registry ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
	try {
		return parseRegistry(file, text).actors;
	} catch (error) {
		throw new UsageError(`invalid registry: ${(error as Error).message}`);
	}
}

/** A mistake in how the command was called: printed with the usage hint, exit code 2. */
export class UsageError extends Error {}
