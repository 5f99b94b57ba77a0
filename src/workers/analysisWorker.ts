/** A worker thread of the analysis pool: analyses each text it is sent and posts the result back. */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle, type RegistryActor } from '../analysis';
import { REGISTRIES_KEPT, type AnalysisReply, type AnalysisRequest } from './analysisMessages';

const registries = new Map<number, readonly RegistryActor[]>();

parentPort?.on('message', (request: AnalysisRequest) => {
	if (request.registry) {
		registries.set(request.registryId, request.registry);
		if (registries.size > REGISTRIES_KEPT) registries.delete(registries.keys().next().value as number);
	}
	const analysis = analyzeArticle(request.text, { referenceDate: request.referenceDate, registry: registries.get(request.registryId) ?? [] });
	const reply: AnalysisReply = { id: request.id, analysisJson: JSON.stringify(analysis) };
	parentPort?.postMessage(reply);
});
