/** Every command id the extension contributes; a test checks package.json agrees. */
export const CommandIds = {
	toggleAnalysis: 'articleAnnotator.toggleAnalysis',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];
