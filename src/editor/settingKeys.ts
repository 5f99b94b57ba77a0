/** Every setting key the extension contributes (under `articleAnnotator.`); a test checks package.json agrees. */
export const SETTINGS_SECTION = 'articleAnnotator';

export const SettingKeys = {
	/** Glob patterns of files analysed as articles. */
	articleGlobs: 'articleGlobs',
} as const;

export type SettingKey = (typeof SettingKeys)[keyof typeof SettingKeys];
