import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { looksLikeArticle } from '../../../../src/editor/articles/looksLikeArticle';

const root = path.resolve(__dirname, '../../../../..');

describe('looksLikeArticle', () => {
	for (const file of fs.readdirSync(path.join(root, 'samples')).filter((name) => name.endsWith('.txt'))) {
		it(`takes the sample ${file} for an article`, () => {
			assert.equal(looksLikeArticle(file, fs.readFileSync(path.join(root, 'samples', file), 'utf8')), true);
		});
	}

	for (const file of ['package.json', 'LICENSE', 'tsconfig.json', 'esbuild.js', 'src/analysis/text.ts']) {
		it(`never takes the project's ${file} for an article`, () => {
			assert.equal(looksLikeArticle(path.basename(file), fs.readFileSync(path.join(root, file), 'utf8')), false);
		});
	}

	it('takes a dateline for an article even when the text is short', () => {
		assert.equal(looksLikeArticle('brief.txt', 'date 2022-02-01\nTalks resume.'), true);
	});

	it('rejects requirements, changelogs and readmes by name and by shape', () => {
		assert.equal(looksLikeArticle('requirements.txt', 'numpy==1.26.0\nrequests>=2.31\nflask\n'), false);
		assert.equal(looksLikeArticle('deps.txt', 'numpy==1.26.0\nrequests>=2.31\nflask~=3.0\n'), false);
		assert.equal(looksLikeArticle('CHANGELOG.md', prose), false);
		assert.equal(looksLikeArticle('README.md', prose), false);
		const changelog = '# Changelog\n\n## [1.2.0] - 2024-01-02\n\n- Added a thing.\n- Fixed another thing.\n\n## [1.1.0]\n\n- First.\n';
		assert.equal(looksLikeArticle('notes.md', changelog), false);
	});

	it('rejects a licence under another name and empty or symbol-heavy text', () => {
		const mit = 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software.\n\n' + prose;
		assert.equal(looksLikeArticle('terms.txt', mit), false);
		assert.equal(looksLikeArticle('empty.txt', ''), false);
		assert.equal(looksLikeArticle('data.txt', '{"a": 1, "b": [1, 2, 3]}\n'.repeat(40)), false);
	});

	it('takes a wire story written one paragraph to a line, with backtick quotes and an AP dash', () => {
		const wire = [
			'WASHINGTON (AP) _ The talks ended on Tuesday without an agreement, officials said.',
			"``We will meet again,'' the minister told reporters after the session in the capital.",
			'Both delegations said the next round would start within a couple of weeks.',
			'A spokesman declined to say where the meeting would take place or who would attend it.',
			'The last round, held in Geneva in January, also ended without a statement.',
		].join('\n');
		assert.equal(looksLikeArticle('wire.txt', wire), true);
	});

	it('rejects licence notices and governance documents by name', () => {
		assert.equal(looksLikeArticle('ThirdPartyNotices.txt', prose), false);
		assert.equal(looksLikeArticle('GOVERNANCE.md', prose), false);
	});

	it('takes prose paragraphs of sentences in a Markdown file for an article', () => {
		assert.equal(looksLikeArticle('story.md', prose), true);
	});
});

const prose = [
	'Concern is growing in the White House about the crisis in Ukraine. The president does not hide his fears about what may come next.',
	'On the other hand, tensions are constantly increasing. The foreign minister said the talks would resume within a couple of weeks.',
	'Officials in Brussels declined to comment on Tuesday. A spokesman said a statement would follow later in the day.',
].join('\n\n');
