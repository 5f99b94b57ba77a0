import { parseJsonFile } from '../shared/validation';
import { registrySchema, type Registry } from './registrySchema';

/** Parses the text of a registry file; throws a ValidationError naming the file and the field. */
export function parseRegistry(file: string, text: string): Registry {
	return parseJsonFile(file, text, registrySchema);
}
