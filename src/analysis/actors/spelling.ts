/** Spelling of canonical names: East Slavic first names written the English way, whatever the source language's transliteration. */

const SLAVIC_SURNAME = /(?:ov|ova|ev|eva|in|ina|sky|skiy|ski|skaya|enko|uk|chuk|ich|vich|yev|yeva)$/;

const spellings = new Map<string, string>();

/**
 * "Serghei Lavrov" (Italian and Romanian transliteration), "Sergej Lavrov" (German) give "Sergei Lavrov";
 * names that do not look East Slavic are left as written. Memoised: names recur from article to article.
 */
export function englishSpelling(name: string): string {
	let spelled = spellings.get(name);
	if (spelled === undefined) {
		spelled = respelled(name);
		if (spellings.size >= 10_000) spellings.clear();
		spellings.set(name, spelled);
	}
	return spelled;
}

function respelled(name: string): string {
	// The surname ending is tested on the whole name: it cannot reach past the last space.
	if (!name.includes(' ') || !SLAVIC_SURNAME.test(name)) return name;
	const words = name.split(' ');
	const first = words[0]
		.replace(/gh(?=[ei])/g, 'g')
		.replace(/iei/g, 'ei')
		.replace(/e[jy]$/, 'ei');
	return [first, ...words.slice(1)].join(' ');
}
