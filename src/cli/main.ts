import { parseArgs } from 'node:util';
import { analyzeFiles, UsageError } from './analyzeCommand';
import { runExportCommand } from './exportCommand';

const HELP = `Usage: article-annotator <command> [options] FILE...

Commands:
  analyze   Print the actors, quotes and dates of each article as one JSON document.
  export    Write the analysis and the analyst's annotations of the articles in one format.

analyze options:
  --reference-date YYYY-MM-DD  The date relative dates are resolved against, for articles
                               without a dateline (a first line "date YYYY-MM-DD").
  --registry FILE              An actor registry (.article-annotator/actors.json) whose names,
                               aliases, kinds and roles add to and correct the analysis.
  -h, --help                   Show this help.

Output (stdout):
  { "articles": [ { "file", "referenceDate", "actors": [ { "id", "name", "kind", "role"?, "mentions": [ { "start", "end", "text" } ] } ],
                    "quotes": [ { "start", "end", "text", "speaker" } ], "dates": [ { "start", "end", "text", "type", "value"?, "mod"? } ] } ] }
  Offsets are UTF-16 code units into the text with any byte-order mark removed, end exclusive.
  A file that cannot be read or is not text gets { "file", "error" } and the others are still analysed.

Exit status: 0 when at least one file was analysed, 1 when none could be, 2 on a usage error.

export options:
  -f, --format FORMAT          json       the full analysis and annotations (schema version in "version")
                               csv        one row per annotation: file, kind, text, start, end, line, speaker,
                                          tag, status, value, note (RFC 4180; formula-like cells get a ')
                               markdown   a readable report per article
                               w3c        W3C Web Annotation JSON-LD (an AnnotationCollection)
                               brat       brat standoff: a folder of .txt, .ann and annotation.conf
                               claimreview  schema.org ClaimReview JSON-LD for claims with a status
                                          other than unverified
  -o, --out PATH               The file to write ("-" for stdout), or the folder for brat.
  --reference-date YYYY-MM-DD  As for analyze; an article's sidecar date comes first.
  --registry FILE              As for analyze.
  --bom                        csv: start with a UTF-8 byte-order mark (for spreadsheet programs).
  Each FILE's sidecar (FILE.annotations.json beside it) is read when present: its claims, speaker and
  actor corrections and reference date. Offsets are UTF-16 code units (json, csv) or Unicode code
  points (w3c, brat). From 20 files on, progress and a summary go to stderr.
  Exit status: 0 when every file was exported, 1 when some could not be (the others are written),
  2 on a usage error.
`;

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (!command || command === '-h' || command === '--help' || command === 'help') {
		process.stdout.write(HELP);
		return command ? 0 : 2;
	}
	if (command === 'export') return runExportCommand(rest, HELP);
	if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
	const { values, positionals } = parseArgs({
		args: rest,
		allowPositionals: true,
		options: {
			'reference-date': { type: 'string' },
			registry: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help) {
		process.stdout.write(HELP);
		return 0;
	}
	if (positionals.length === 0) throw new UsageError('analyze needs at least one FILE');
	const articles = await analyzeFiles(positionals, { referenceDate: values['reference-date'], registryFile: values.registry });
	process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
	return articles.some((article) => !('error' in article)) ? 0 : 1;
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
		process.stderr.write(`article-annotator: ${(error as Error).message}\n${usage ? 'Run "article-annotator --help" for usage.\n' : ''}`);
		process.exitCode = usage ? 2 : 1;
	},
);
