/** Every command id the extension contributes; a test checks package.json agrees. */
export const CommandIds = {
	toggleAnalysis: 'articleAnnotator.toggleAnalysis',
	revealInArticle: 'articleAnnotator.revealInArticle',
	setArticleDate: 'articleAnnotator.setArticleDate',
	attributeQuote: 'articleAnnotator.attributeQuote',
	showGettingStarted: 'articleAnnotator.showGettingStarted',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];
