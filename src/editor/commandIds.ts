/** Every command id the extension contributes; a test checks package.json agrees. */
export const CommandIds = {
	toggleAnalysis: 'articleAnnotator.toggleAnalysis',
	revealInArticle: 'articleAnnotator.revealInArticle',
	setArticleDate: 'articleAnnotator.setArticleDate',
	attributeQuote: 'articleAnnotator.attributeQuote',
	showGettingStarted: 'articleAnnotator.showGettingStarted',
	showWorkspaceTree: 'articleAnnotator.showWorkspaceTree',
	showArticleTree: 'articleAnnotator.showArticleTree',
	filterTree: 'articleAnnotator.filterTree',
	clearTreeFilter: 'articleAnnotator.clearTreeFilter',
	copyQuoteWithAttribution: 'articleAnnotator.copyQuoteWithAttribution',
	reindexWorkspace: 'articleAnnotator.reindexWorkspace',
	addToRegistry: 'articleAnnotator.addToRegistry',
	mergeActor: 'articleAnnotator.mergeActor',
	notAnActor: 'articleAnnotator.notAnActor',
	openRegistry: 'articleAnnotator.openRegistry',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];
