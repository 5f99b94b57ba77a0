/** Every setting key the extension contributes (under `articleAnnotator.`); a test checks package.json agrees. */
export const SETTINGS_SECTION = 'articleAnnotator';

export const SettingKeys = {
	/** Glob patterns of files analysed as articles. */
	articleGlobs: 'articleGlobs',
	/** Analyse plain-text and Markdown files that look like articles. */
	detectArticles: 'detectArticles',
	/** Delay in milliseconds between an edit and its re-analysis. */
	analysisDelay: 'analysisDelay',
	/** Files larger than this many megabytes are not analysed live. */
	maxArticleSizeMB: 'maxArticleSizeMB',
	/** Show each quote's speaker as an inlay hint. */
	quoteSpeakerHints: 'inlayHints.quoteSpeakers',
	/** Show the resolved value of relative dates as an inlay hint. */
	dateValueHints: 'inlayHints.dateValues',
	/** Report relative dates without a reference date and quotes without a speaker. */
	diagnosticsEnabled: 'diagnostics.enabled',
	/** The tags offered by "Tag claim as …". */
	claimTags: 'claims.tags',
	/** Folder (relative to the workspace folder) that mirrors the workspace and holds the sidecars; empty: beside each article. */
	sidecarFolder: 'claims.sidecarFolder',
} as const;

export type SettingKey = (typeof SettingKeys)[keyof typeof SettingKeys];
