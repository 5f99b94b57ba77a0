// Lint: typescript-eslint's recommended rules, and the pure core kept free of `vscode`.
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**', '.vscode-test/**'] },
	...tseslint.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['src/analysis/**', 'src/annotations/**', 'src/export/**', 'src/import/**', 'src/index/**', 'src/registry/**', 'src/shared/**', 'src/cli/**', 'test/unit/**'],
		rules: {
			'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The core runs in mocha and the CLI: it imports nothing from vscode.' }] }],
		},
	},
	{
		files: ['scripts/**/*.js', 'esbuild.js'],
		languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
);
