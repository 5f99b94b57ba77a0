// Bundles the extension (vscode external) and the command-line analyser.
const fs = require('node:fs');
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

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

const shared = {
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: watch ? 'silent' : 'warning',
	plugins: watch ? [problemMatcherPlugin] : [],
};

/** The JSON Schemas contributes.jsonValidation points at: [module, its export that returns the schema, file written]. */
const jsonSchemas = [
	['src/annotations/sidecarJsonSchema.ts', 'sidecarJsonSchema', 'dist/schemas/sidecar.schema.json'],
	['src/registry/registryJsonSchema.ts', 'registryJsonSchema', 'dist/schemas/registry.schema.json'],
];

/** Writes a JSON Schema generated from a zod schema by the function `exportName` of the module `entry`. */
async function writeJsonSchema([entry, exportName, outfile]) {
	const { outputFiles } = await esbuild.build({ ...shared, entryPoints: [entry], sourcemap: false, write: false });
	const module = { exports: {} };
	new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, require);
	fs.mkdirSync('dist/schemas', { recursive: true });
	fs.writeFileSync(outfile, JSON.stringify(module.exports[exportName](), null, 2) + '\n');
}

async function main() {
	await Promise.all(jsonSchemas.map(writeJsonSchema));
	const contexts = await Promise.all([
		esbuild.context({ ...shared, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
		esbuild.context({ ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
		esbuild.context({ ...shared, entryPoints: ['src/cli/exportWorker.ts'], outfile: 'dist/exportWorker.js' }),
	]);
	if (watch) {
		await Promise.all(contexts.map((ctx) => ctx.watch()));
		return;
	}
	await Promise.all(contexts.map((ctx) => ctx.rebuild()));
	await Promise.all(contexts.map((ctx) => ctx.dispose()));
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
