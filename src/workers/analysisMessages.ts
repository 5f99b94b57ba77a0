import { analyzeNames, findDates, joinAnalysis, type RegistryActor } from '../analysis';

/**
 * What a worker analyses of a text: all of it, or one of the halves that can run apart (the names, i.e.
 * actors and quotes; the dates), each thread then warming up only its half's code.
 */
export type AnalysisHalf = 'whole' | 'names' | 'dates';

/** The analysis of a text (without byte-order mark, its reference date resolved), asked of a worker. */
export interface AnalysisTask {
	id: number;
	half: AnalysisHalf;
	body: string;
	referenceDate: string | null;
	/** Which registry applies: 0 for none. The worker keeps each registry it was sent. */
	registryId: number;
	/** The registry itself, sent the first time this worker needs `registryId`. */
	registry?: readonly RegistryActor[];
}

/** Tasks sent to a worker together: each message costs the sending thread more than the text it carries. */
export interface AnalysisRequest {
	tasks: AnalysisTask[];
}

/** A worker's answer to a request: the results, in the order of `ids`, as one JSON text (far cheaper to pass than object graphs). */
export interface AnalysisReply {
	ids: number[];
	resultsJson: string;
}

/** How many registries a worker keeps (the workspace's, and a few with an article's corrections added). */
export const REGISTRIES_KEPT = 8;

/** Analyses `half` of a text, in a worker or, when workers fail, in the calling thread. */
export function analyzeHalf(half: AnalysisHalf, body: string, referenceDate: string | null, registry: readonly RegistryActor[]): unknown {
	if (half === 'names') return analyzeNames(body, registry);
	if (half === 'dates') return findDates(body, referenceDate);
	return joinAnalysis(referenceDate, analyzeNames(body, registry), findDates(body, referenceDate));
}
