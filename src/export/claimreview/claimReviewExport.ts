import type { Claim, ClaimStatus } from '../../annotations/sidecarSchema';
import type { ArticleExport, DocumentOutput } from '../articleExport';
import { framedWriter, indentedItem, JSON_ITEMS, jsonFrame, writeArticles } from '../formatWriter';

/** The rating each reviewed status is published with: schema.org's alternateName and a 1–5 value. */
const RATINGS: Record<Exclude<ClaimStatus, 'unverified'>, { alternateName: string; ratingValue: number }> = {
	false: { alternateName: 'False', ratingValue: 1 },
	misleading: { alternateName: 'Misleading', ratingValue: 2 },
	disputed: { alternateName: 'Disputed', ratingValue: 3 },
	verified: { alternateName: 'True', ratingValue: 5 },
};

/** Depth of a review in the document: `{ "@graph": [ here ] }`. */
const REVIEW_DEPTH = 2;
const REVIEWS = jsonFrame({ '@context': 'https://schema.org', '@graph': JSON_ITEMS }, REVIEW_DEPTH);

/**
 * schema.org ClaimReview JSON-LD for every claim the analyst has reviewed (any status but
 * `unverified`): the claim's text, the claim itself with its speaker as author and the article as where it
 * appeared, the review date and a rating named after the status.
 */
export const claimReviewWriter = framedWriter(
	(article) => {
		const reviews = (article.sidecar?.claims ?? []).filter(isReviewed).map((claim) => indentedItem(claimReview(article, claim), REVIEW_DEPTH));
		return reviews.join(REVIEWS.separator);
	},
	() => REVIEWS,
);

/** The ClaimReview export of `articles`. */
export function exportClaimReview(articles: readonly ArticleExport[]): DocumentOutput {
	return writeArticles(claimReviewWriter, articles);
}

function isReviewed(claim: Claim): claim is Claim & { status: keyof typeof RATINGS } {
	return claim.status !== 'unverified';
}

function claimReview(article: ArticleExport, claim: Claim & { status: keyof typeof RATINGS }) {
	const appearance = encodeURI(article.file);
	return {
		'@type': 'ClaimReview',
		url: `${appearance}#claim-${encodeURIComponent(claim.id)}`,
		claimReviewed: claim.target.exact,
		datePublished: claim.updated.slice(0, 10),
		itemReviewed: {
			'@type': 'Claim',
			...(claim.speaker ? { author: { '@type': authorType(article, claim.speaker), name: claim.speaker } } : {}),
			...(article.analysis.referenceDate ? { datePublished: article.analysis.referenceDate } : {}),
			appearance: { '@type': 'CreativeWork', url: appearance },
		},
		reviewRating: { '@type': 'Rating', ...RATINGS[claim.status], bestRating: 5, worstRating: 1 },
		...(claim.note ? { reviewBody: claim.note } : {}),
	};
}

/** An organisation when the article's analysis knows the speaker as one, else a person. */
function authorType(article: ArticleExport, speaker: string): 'Person' | 'Organization' {
	const actor = article.analysis.actors.find((candidate) => candidate.name === speaker || candidate.id === speaker);
	return actor?.kind === 'organization' ? 'Organization' : 'Person';
}
