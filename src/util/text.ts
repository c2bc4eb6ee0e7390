/**
 * `text.replace(/[…]+$/, '')` without the regex: V8 tries such a pattern at every position of
 * the text, this looks only at its end.
 */

const WHITE_SPACE = /\s/;
/** By UTF-16 unit: 1 white space as `\s` reads it, 2 not; 0 not yet asked (asked once, then kept). */
const whiteSpace = new Uint8Array(65536);

/** Exactly what `\s` matches (without the `u` flag: one UTF-16 unit). */
function isWhiteSpace(code: number): boolean {
  let known = whiteSpace[code];
  if (known === 0) {
    known = WHITE_SPACE.test(String.fromCharCode(code)) ? 1 : 2;
    whiteSpace[code] = known;
  }
  return known === 1;
}

/** `text` without the run at its end of `\s` and of the characters of `others`. */
export function trimEndOf(text: string, others: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (!isWhiteSpace(code) && others.indexOf(text[end - 1]) < 0) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a substring
 * of 13 or more characters as a view into its parent, so a substring kept for long (a cache key)
 * would keep the whole of a file's text alive. Joining it to another string makes V8 copy both
 * into a new string when it is cut again, and the result points only into that copy.
 */
export const detached = (text: string): string => (' ' + text).slice(1);
