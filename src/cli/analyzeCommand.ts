import { readFile } from 'node:fs/promises';
import { isCalendarDay, type ArticleAnalysis, type RegistryActor } from '../analysis';
import { parseRegistry } from '../registry/loadRegistry';
import { analyzeEachFile, type FileError } from './analyzeEachFile';
import { readArticleFile } from './readArticleFile';

export interface AnalyzeCommandOptions {
	referenceDate?: string;
	registryFile?: string;
}

export type ArticleResult = ({ file: string } & ArticleAnalysis) | FileError;

/** Analyses each file; a file that fails gets an `error` entry and the others go on. */
export async function analyzeFiles(files: readonly string[], options: AnalyzeCommandOptions): Promise<ArticleResult[]> {
	if (options.referenceDate !== undefined && !isCalendarDay(options.referenceDate)) {
		throw new UsageError(`--reference-date must be a calendar day YYYY-MM-DD, not "${options.referenceDate}"`);
	}
	const registry = options.registryFile ? await loadRegistryFile(options.registryFile) : [];
	return analyzeEachFile(files, async (file, pool) => ({ file, ...(await pool.analyze(readArticleFile(file), { referenceDate: options.referenceDate, registry })) }));
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
