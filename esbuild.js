// Bundles the extension (vscode external) and the command-line analyser.
const fs = require('node:fs');
const esbuild = require('esbuild');


/** Prints errors in the form VS Code's esbuild problem matcher reads. */
const problemMatcherPlugin = {
	name: 'problem-matcher',
	setup(build) {
		build.onStart(() => console.log('[watch] build started'));
		build.onEnd((result) => {
			for (const { text, location } of result.errors) {
				console.error(`✘ [ERROR] ${text}`);
				if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
			}
			console.log('[watch] build finished');
		});
	},
};

/** The fields of world-countries' records the gazetteer reads (src/analysis/actors/gazetteer.ts); the rest is left out of the bundles. */
const trimWorldCountriesPlugin = {
	name: 'trim-world-countries',
	setup(build) {
		build.onLoad({ filter: /[\\/]world-countries[\\/]countries\.json$/ }, async ({ path }) => {
			const countries = JSON.parse(await fs.promises.readFile(path, 'utf8'));
			const trimmed = countries.map(({ name, altSpellings, demonyms, independent, capital }) => ({
				name: { common: name.common, official: name.official },
				altSpellings,
				demonyms: { eng: demonyms?.eng },
				independent,
				capital,
			}));
			return { contents: JSON.stringify(trimmed), loader: 'json' };
		});
	},
};

/** zod's `z.locales` namespace pulls in every language's error messages; the code uses only the default, English. */
const englishZodLocalesPlugin = {
	name: 'english-zod-locales',
	setup(build) {
		build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, ({ path }) => ({
			contents: "export { default as en } from './en.js';",
			resolveDir: require('node:path').dirname(path),
			loader: 'js',
		}));
	},
};

/** The options of each bundle; the bench builds the shipped extension bundle from the same ones. */
function bundleOptions({ production, watch }) {
	const shared = {
		bundle: true,
		format: 'cjs',
		platform: 'node',
		target: 'node20',
		minify: production,
		sourcemap: !production,
		sourcesContent: false,
		logLevel: watch ? 'silent' : 'warning',
		plugins: [trimWorldCountriesPlugin, englishZodLocalesPlugin, ...(watch ? [problemMatcherPlugin] : [])],
	};
	return {
		extension: { ...shared, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
		cli: { ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
		analysisWorker: { ...shared, entryPoints: ['src/workers/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
	};
}

/** The JSON Schemas contributes.jsonValidation points at: [module, its export that returns the schema, file written]. */
const jsonSchemas = [
	['src/annotations/sidecarJsonSchema.ts', 'sidecarJsonSchema', 'dist/schemas/sidecar.schema.json'],
	['src/registry/registryJsonSchema.ts', 'registryJsonSchema', 'dist/schemas/registry.schema.json'],
];

/** Writes a JSON Schema generated from a zod schema by the function `exportName` of the module `entry`. */
async function writeJsonSchema([entry, exportName, outfile]) {
	const { cli } = bundleOptions({ production: false, watch: false });
	const { outputFiles } = await esbuild.build({ ...cli, entryPoints: [entry], outfile: undefined, banner: undefined, sourcemap: false, write: false });
	const module = { exports: {} };
	new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, require);
	fs.mkdirSync('dist/schemas', { recursive: true });
	fs.writeFileSync(outfile, JSON.stringify(module.exports[exportName](), null, 2) + '\n');
}

async function main() {
	const production = process.argv.includes('--production');
	const watch = process.argv.includes('--watch');
	await Promise.all(jsonSchemas.map(writeJsonSchema));
	const contexts = await Promise.all(Object.values(bundleOptions({ production, watch })).map((options) => esbuild.context(options)));
	if (watch) {
		await Promise.all(contexts.map((ctx) => ctx.watch()));
		return;
	}
	await Promise.all(contexts.map((ctx) => ctx.rebuild()));
	await Promise.all(contexts.map((ctx) => ctx.dispose()));
}

module.exports = { bundleOptions };

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
