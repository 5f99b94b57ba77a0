/** A worker thread of the analysis pool: analyses what it is sent of each text and posts the result back. */
import { parentPort } from 'node:worker_threads';
import type { RegistryActor } from '../analysis';
import { analyzeHalf, REGISTRIES_KEPT, type AnalysisReply, type AnalysisRequest } from './analysisMessages';

const registries = new Map<number, readonly RegistryActor[]>();

parentPort?.on('message', ({ tasks }: AnalysisRequest) => {
	const results = tasks.map((task) => {
		if (task.registry) {
			registries.set(task.registryId, task.registry);
			if (registries.size > REGISTRIES_KEPT) registries.delete(registries.keys().next().value as number);
		}
		return analyzeHalf(task.half, task.body, task.referenceDate, registries.get(task.registryId) ?? []);
	});
	const reply: AnalysisReply = { ids: tasks.map((task) => task.id), resultsJson: JSON.stringify(results) };
	parentPort?.postMessage(reply);
});
