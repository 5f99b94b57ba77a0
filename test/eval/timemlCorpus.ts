/** Reads TimeML (.tml) documents, such as the TempEval-3 corpora, into plain text with gold TIMEX3 spans. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export interface GoldTimex {
	start: number;
	end: number;
	text: string;
	type: string;
	value: string;
}

export interface TimeMLDocument {
	file: string;
	/** The document creation time's day, `YYYY-MM-DD`. */
	creationDay: string | null;
	/** The content of `<TEXT>` with the markup removed and entities decoded. */
	text: string;
	timexes: GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_all, name: string) => ENTITIES[name]);

/** Parses one TimeML document. */
export function parseTimeML(file: string, xml: string): TimeMLDocument {
	const creationDay = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null;
	const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
	let text = '';
	const timexes: GoldTimex[] = [];
	const open: Array<{ start: number; type: string; value: string }> = [];
	const tag = /<(\/?)([A-Za-z0-9_]+)([^>]*?)\/?>/g;
	let last = 0;
	for (let match = tag.exec(body); match; match = tag.exec(body)) {
		text += decode(body.slice(last, match.index));
		last = match.index + match[0].length;
		if (match[2] !== 'TIMEX3') continue;
		if (!match[1]) {
			open.push({ start: text.length, type: /type="([^"]*)"/.exec(match[3])?.[1] ?? '', value: /value="([^"]*)"/.exec(match[3])?.[1] ?? '' });
		} else {
			const started = open.pop();
			if (started) timexes.push({ ...started, end: text.length, text: text.slice(started.start, text.length) });
		}
	}
	text += decode(body.slice(last));
	return { file, creationDay, text, timexes };
}

/** Every `.tml` document under the given files or folders. */
export function readTimeMLDocuments(paths: readonly string[]): TimeMLDocument[] {
	const files: string[] = [];
	const visit = (entry: string) => {
		if (statSync(entry).isDirectory()) for (const name of readdirSync(entry).sort()) visit(path.join(entry, name));
		else if (entry.endsWith('.tml') && !path.basename(entry).startsWith('.')) files.push(entry);
	};
	paths.forEach(visit);
	return files.map((file) => parseTimeML(file, readFileSync(file, 'utf8')));
}
