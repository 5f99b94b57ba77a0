/**
 * ASCII twins of regexes with Unicode property classes. A class such as \p{Ll} makes a regex far costlier to compile,
 * and a fresh process may never need it: most texts here write their names in ASCII letters.
 */

/** ASCII, no-break space, « » and U+2010–U+2027 (dashes, quotes, bullets, …): no letter, digit or space beyond ASCII. */
const NO_OTHER_LETTERS = /^[\x00-\x7f\u00a0\u00ab\u00bb\u2010-\u2027]*$/;

/** `ascii` where `text` has no letter, digit or space beyond ASCII, so that `ascii` matches there as `unicode` would; else `unicode`. */
export const regexFor = (text: string, ascii: RegExp, unicode: RegExp): RegExp => (NO_OTHER_LETTERS.test(text) ? ascii : unicode);

const LOWER_CASE_LETTER = /\p{Ll}/u;
const ASCII_LOWER_CASE_LETTER = /[a-z]/;
const LOWER_CASE_INITIAL = /^\p{Ll}/u;
const ASCII_LOWER_CASE_INITIAL = /^[a-z]/;

/** True where `text` has a lower-case letter. */
export const hasLowerCase = (text: string): boolean => regexFor(text, ASCII_LOWER_CASE_LETTER, LOWER_CASE_LETTER).test(text);

/** True where `text` starts with a lower-case letter. */
export const startsLowerCase = (text: string): boolean => regexFor(text, ASCII_LOWER_CASE_INITIAL, LOWER_CASE_INITIAL).test(text);
