/** Spelling of canonical names: East Slavic first names written the English way, whatever the source language's transliteration. */

const SLAVIC_SURNAME = /(?:ov|ova|ev|eva|in|ina|sky|skiy|ski|skaya|enko|uk|chuk|ich|vich|yev|yeva)$/;

/**
 * "Serghei Lavrov" (Italian and Romanian transliteration), "Sergej Lavrov" (German) give "Sergei Lavrov";
 * names that do not look East Slavic are left as written.
 */
export function englishSpelling(name: string): string {
	// The surname ending is tested on the whole name: it cannot reach past the last space.
	if (!name.includes(' ') || !SLAVIC_SURNAME.test(name)) return name;
	const words = name.split(' ');
	const first = words[0]
		.replace(/gh(?=[ei])/g, 'g')
		.replace(/iei/g, 'ei')
		.replace(/e[jy]$/, 'ei');
	return [first, ...words.slice(1)].join(' ');
}
