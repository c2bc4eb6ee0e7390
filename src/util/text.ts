/**
 * The text cleaner: every way the pipeline turns source text into the text it shows or tests
 * (paragraph text, labels, excerpts, the chapeau test) is here, so that they differ only where
 * their uses differ and those differences can be read side by side.
 */

const WHITE_SPACE_CHAR = /\s/;
/** By UTF-16 unit: 1 white space as `\s` reads it, 2 not; 0 not yet asked (asked once, then kept). */
const whiteSpace = new Uint8Array(65536);

/** Exactly what `\s` matches (without the `u` flag: one UTF-16 unit). */
function isWhiteSpace(code: number): boolean {
  let known = whiteSpace[code];
  if (known === 0) {
    known = WHITE_SPACE_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    whiteSpace[code] = known;
  }
  return known === 1;
}

/**
 * `text` without the run at its end of `\s` and of the characters of `others`: what
 * `text.replace(/[\s…]+$/, '')` does, but V8 would try that pattern at every position of the
 * text, and this looks only at its end.
 */
export function trimEndOf(text: string, others: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (!isWhiteSpace(code) && others.indexOf(text[end - 1]) < 0) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

const PAGE_NUMBER_LINE = /\n[ \t]*\d{1,3}[ \t]*(?=\n)/g;
const MARKUP = /~~|\*+|<\/?[a-z]+>/g;
const MARKUP_START = /[~*<]/;
const WHITE_SPACE = /\s+/g;
/** White space that folding would change: one that is not a plain space, or a space and more. */
const UNFOLDED = /[^\S ]| \s/;

/**
 * Prose as shown (paragraph text, labels, excerpts): page-number lines, Markdown emphasis,
 * strike marks and inline HTML tags removed, white space folded. Most labels and excerpts are
 * plain prose: a step that cannot change the text is skipped.
 */
export function cleanText(source: string): string {
  let text = source;
  if (text.includes('\n')) text = text.replace(PAGE_NUMBER_LINE, '\n');
  if (MARKUP_START.test(text)) text = replaceInPieces(text, MARKUP, '');
  if (UNFOLDED.test(text)) text = replaceInPieces(text, WHITE_SPACE, ' ');
  return text.trim();
}

/** Texts longer than this are replaced a piece at a time (replaceInPieces). */
const PIECE_LENGTH = 1 << 16;
const WHITE_SPACE_FROM = /\s/g;
const NOT_WHITE_SPACE_FROM = /\S/g;

/**
 * `text.replace(pattern, replacement)` for a global `pattern` whose every match is a whole run of
 * white space or holds none: a long text is cut after white space runs into pieces of some 64 KB,
 * each replaced, and the pieces joined. V8 gives a replace's result as a rope of the pieces between
 * matches, about 70 bytes a word (13 times a paragraph's text), where the joined pieces are flat.
 */
export function replaceInPieces(text: string, pattern: RegExp, replacement: string): string {
  if (text.length <= PIECE_LENGTH) return text.replace(pattern, replacement);
  const pieces: string[] = [];
  for (let start = 0; start < text.length;) {
    const end = Math.min(text.length, afterWhiteSpaceRun(text, start + PIECE_LENGTH));
    pieces.push(text.slice(start, end).replace(pattern, replacement));
    start = end;
  }
  return pieces.join('');
}

/** The end of the first run of white space at or after `from`: the text's end if there is none. */
function afterWhiteSpaceRun(text: string, from: number): number {
  WHITE_SPACE_FROM.lastIndex = from;
  if (!WHITE_SPACE_FROM.test(text)) return text.length;
  NOT_WHITE_SPACE_FROM.lastIndex = WHITE_SPACE_FROM.lastIndex;
  return NOT_WHITE_SPACE_FROM.test(text) ? NOT_WHITE_SPACE_FROM.lastIndex - 1 : text.length;
}

const TAG = /<\/?[a-z]+>/y;

/**
 * `cleanText`'s text without its final trim, and for each of its characters whether it lay
 * between `~~` marks (1) or not (0): for showing struck runs as struck. The text is joined from
 * the runs copied as they are, and the marks are a byte a character: a character and a flag an
 * element each took some 16 bytes a character of a paragraph of megabytes.
 */
export function cleanTextWithStrikes(source: string): { text: string; struck: Uint8Array } {
  const body = source.replace(PAGE_NUMBER_LINE, '\n');
  const parts: string[] = [];
  const struck = new Uint8Array(body.length);
  let length = 0;
  /** Where the run of characters copied as they are began in `body` (-1: none). */
  let runStart = -1;
  const endRun = (at: number) => {
    if (runStart >= 0) parts.push(body.slice(runStart, at));
    runStart = -1;
  };
  let lastSpace = false;
  let inStrike = false;
  for (let i = 0; i < body.length;) {
    if (body.startsWith('~~', i)) {
      endRun(i);
      inStrike = !inStrike;
      i += 2;
      continue;
    }
    if (body[i] === '*') {
      endRun(i);
      i += 1;
      continue;
    }
    TAG.lastIndex = i;
    const tag = TAG.exec(body);
    if (tag) {
      endRun(i);
      i += tag[0].length;
      continue;
    }
    const isSpace = isWhiteSpace(body.charCodeAt(i));
    if (isSpace && lastSpace) {
      endRun(i);
      i += 1;
      continue;
    }
    if (isSpace && body[i] !== ' ') {
      endRun(i);
      parts.push(' ');
    } else if (runStart < 0) runStart = i;
    struck[length++] = inStrike ? 1 : 0;
    lastSpace = isSpace;
    i += 1;
  }
  endRun(body.length);
  return { text: parts.join(''), struck: struck.subarray(0, length) };
}

/** A label as written: cleaned, without the separators (`,;:/.`, hyphen, en and em dash) that delimit it. */
export function cleanLabel(source: string): string {
  // Dashes escaped: the bundle stays ASCII (see QUOTED in vocabulary.ts).
  return trimEndOf(cleanText(source).replace(/^[\s,;:/.\-\u2013\u2014]+/, ''), ',;:/-\u2013\u2014');
}

/** The prose before an annotation: cleaned, without the separators and openers around it. */
export const cleanExcerpt = (source: string): string =>
  trimEndOf(cleanText(source).replace(/^[\s,;:/.]+/, ''), ',;:/([');

/** A paragraph's opening prose: cleaned, with Markdown heading marks (`##`) dropped as well. */
export const cleanOpening = (source: string): string => cleanText(source.replace(/(^|\s)#{1,6}(?=\s)/g, ' '));

/**
 * A chunk's words for the heading and chapeau tests: only the Markdown around them (`#`, `*`,
 * `_`, `>`, `-` and white space) is taken off, at both ends; nothing inside is changed, as those
 * tests look at how the chunk opens.
 */
export const stripMarkup = (raw: string): string => trimEndOf(raw.replace(/^[\s#*_>-]+/, ''), '*_');

/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a substring
 * of 13 or more characters as a view into its parent, so a substring kept for long (a cache key)
 * would keep the whole of a file's text alive. Joining it to another string makes V8 copy both
 * into a new string when it is cut again, and the result points only into that copy.
 */
export const detached = (text: string): string => (' ' + text).slice(1);
