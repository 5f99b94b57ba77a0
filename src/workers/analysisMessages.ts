import type { RegistryActor } from '../analysis';

/** The analysis of one text, asked of a worker. */
export interface AnalysisRequest {
	id: number;
	text: string;
	referenceDate?: string;
	/** Which registry applies: 0 for none. The worker keeps each registry it was sent. */
	registryId: number;
	/** The registry itself, sent the first time this worker needs `registryId`. */
	registry?: readonly RegistryActor[];
}

/** A worker's answer: the analysis as JSON text, which costs far less to pass than its object graph. */
export interface AnalysisReply {
	id: number;
	analysisJson: string;
}

/** How many registries a worker keeps (the workspace's, and a few with an article's corrections added). */
export const REGISTRIES_KEPT = 8;
