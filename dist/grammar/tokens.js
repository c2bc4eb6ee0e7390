/**
 * Tokens of the annotation notation (NOTATION.md). The lexer runs over a file a part at a time
 * (lexInParts in index.ts): no token spans a line end.
 *
 * Prose is lexed as long runs (one Text token up to the next special character or
 * code-like word), so the token count grows with the annotations, not with the words.
 * Tokens carry no meaning beyond their shape: whether an upper-case word is a real
 * delegation code, or a group an annotation, is decided later (src/records).
 */
import { createToken, Lexer } from 'chevrotain';
import { grammarChecks } from './checks.js';
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
// Character classes of UTF-16 units, looked up per character of every prose run.
const WORD = 1;
const NOT_WORD = 2;
const UPPER = 4;
/** Ends a prose run: a token of its own. */
const SPECIAL = 8;
/** `s`/`S`: may start `supported by`. */
const S = 16;
const TILDE = 32;
/** Classes by code unit; a non-ASCII unit's word class is found by the regex on first sight, then kept. */
const CLASS = new Uint8Array(65536);
for (let code = 0; code < 128; code++) {
    const word = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
    CLASS[code] = word ? WORD : NOT_WORD;
}
for (let code = 65; code <= 90; code++)
    CLASS[code] |= UPPER;
CLASS[83] |= S;
CLASS[115] |= S;
CLASS[126] |= TILDE;
// Characters that end a prose run: they are tokens of their own.
const SPECIALS = '[]();:,/.\n\r';
for (const ch of SPECIALS)
    CLASS[ch.charCodeAt(0)] |= SPECIAL;
function classOf(code) {
    const known = CLASS[code];
    if (known !== 0 || code !== code)
        return known ?? 0; // NaN: past the end of the text
    const found = NON_ASCII_WORD.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
    CLASS[code] = found;
    return found;
}
/** Letters and digits of any script; curly quotes and dashes are not (`“…”DEU`, `—USA`). */
const isWordChar = (code) => (classOf(code) & WORD) !== 0;
const isUpper = (code) => code >= 65 && code <= 90;
/** True when a 2- or 3-letter upper-case word (a possible delegation code) starts at `i`. */
export function codeLikeAt(text, i) {
    if (i > 0 && isWordChar(text.charCodeAt(i - 1)))
        return false;
    return isUpper(text.charCodeAt(i)) && codeFollows(text, i);
}
/** The rest of `codeLikeAt`, for an upper-case letter at `i` with no word character before it. */
function codeFollows(text, i) {
    const end = Math.min(text.length, i + 4);
    let j = i + 1;
    while (j < end && isUpper(text.charCodeAt(j)))
        j++;
    const length = j - i;
    return length >= 2 && length <= 3 && (!(j < text.length && isWordChar(text.charCodeAt(j))) || gluedWordAt(text, j));
}
/** A profile's stance word glued to the code before it (`CLpropose`): the code is a word of its own. */
function gluedWordAt(text, j) {
    const words = profileLexing?.wordsAfterCode;
    if (!words)
        return false;
    words.lastIndex = j;
    return words.test(text);
}
const isAsciiAlphanumeric = (code) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** `/[Ss]upported[ \t]+by(?![A-Za-z0-9])/y` at `i`, where an `s` or `S` with no word character before it stands. */
function supportedByFollows(text, i) {
    if (!text.startsWith('upported', i + 1))
        return false;
    const spaces = i + 9;
    let j = spaces;
    while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)
        j++;
    return j > spaces && text.charCodeAt(j) === 98 && text.charCodeAt(j + 1) === 121 && !isAsciiAlphanumeric(text.charCodeAt(j + 2));
}
// chevrotain reads a custom match's image at once, so one array serves every match.
const matched = [''];
function matchOf(image) {
    matched[0] = image;
    return matched;
}
const match = (text, from, to) => matchOf(text.slice(from, to));
/**
 * A run of prose: up to a special character, a strike mark, a code-like word or `supported by`.
 * Codes and `supported by` can only start where no word character precedes.
 */
function matchText(text, offset) {
    const length = text.length;
    let afterWord = offset > 0 && isWordChar(text.charCodeAt(offset - 1));
    let i = offset;
    for (; i < length; i++) {
        const code = text.charCodeAt(i);
        const cls = code < 128 ? CLASS[code] : classOf(code);
        if (cls & (SPECIAL | TILDE | UPPER | S)) {
            if (cls & SPECIAL)
                break;
            if (cls & TILDE && text.charCodeAt(i + 1) === 126)
                break; // ~~
            if (!afterWord && ((cls & UPPER && codeFollows(text, i)) || (cls & S && supportedByFollows(text, i))))
                break;
        }
        afterWord = (cls & WORD) !== 0;
    }
    return i > offset ? match(text, offset, i) : null;
}
function atLineStart(text, offset) {
    let i = offset - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t'))
        i--;
    return i < 0 || text[i] === '\n' || text[i] === '\r';
}
function previousNonSpace(text, offset) {
    let i = offset - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t'))
        i--;
    return i < 0 ? '' : text[i];
}
// `1.` `4.4.` `8-9.` `~~9-11.~~` `~~11~~-13.` `17. ~~17.~~`, optionally as a bullet or a link.
const NUMBERED_LABEL = /(?:[-*+][ \t]+)?(?:(?:~~)?\d{1,3}(?:~~)?(?:[.-](?:~~)?\d{1,3}(?:~~)?)*\.(?:~~)?(?:[ \t]+~~\d{1,3}\.~~)?|\[\d{1,3}(?:[.-]\d{1,3})*\.\]\(#\))(?=[ \t]|\r|\n|$)/y;
// `PP4 ALT1` `OPI ALT` `OP6 Bis. ALT` `NEW PP5` `New OP1 replacing OP5`
// Case-insensitive: IDs are case-normalised (`OP7 ter.` -> `OP7 Ter`).
const EXPLICIT_LABEL = /(?:new[ \t]+)?(?:PP|OP)(?:\d{1,3}|I)(?:[ \t]*(?:ALT\d*|Bis|Ter|Quat|Quin)\.?)*(?:[ \t]+replacing[ \t]+(?:PP|OP)[ \t]?\d{1,3})?(?![A-Za-z0-9])/iy;
const LABELS = [NUMBERED_LABEL, EXPLICIT_LABEL];
let profileLexing = null;
/** Runs `lex` with a profile's rules (the lexer is shared and synchronous, so they hold for that call only). */
export function withLexingRules(rules, lex) {
    const previous = profileLexing;
    profileLexing = rules;
    try {
        return lex();
    }
    finally {
        profileLexing = previous;
    }
}
function matchProfileLabel(text, offset, rules) {
    if (atLineStart(text, offset)) {
        for (const pattern of rules.lineStart) {
            pattern.lastIndex = offset;
            const match = pattern.exec(text);
            if (match)
                return matchOf(match[0]);
        }
        return null;
    }
    if (!rules.numberedAfter)
        return null;
    rules.numbered.lastIndex = offset;
    const match = rules.numbered.exec(text);
    if (!match)
        return null;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return rules.numberedAfter.test(text.slice(lineStart, offset)) ? matchOf(match[0]) : null;
}
/**
 * A paragraph number or label. At the start of a line any form; in the middle of a line
 * only an explicit label ending in `.` right after a sentence end (`…(retain original:RUS) OP28 ALT. Explore`).
 */
function matchParagraphLabel(text, offset) {
    if (profileLexing)
        return matchProfileLabel(text, offset, profileLexing);
    const lineStart = atLineStart(text, offset);
    if (lineStart) {
        for (const pattern of LABELS) {
            pattern.lastIndex = offset;
            const match = pattern.exec(text);
            if (match)
                return matchOf(match[0]);
        }
        return null;
    }
    if (!'.;)]'.includes(previousNonSpace(text, offset)) || offset === 0)
        return null;
    EXPLICIT_LABEL.lastIndex = offset;
    const match = EXPLICIT_LABEL.exec(text);
    if (!match || !match[0].endsWith('.'))
        return null;
    return /^[ \t]+[A-Z]/.test(text.slice(offset + match[0].length, offset + match[0].length + 3)) ? matchOf(match[0]) : null;
}
// Line ends only count lines: every stage after the lexer works by line number.
export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true, group: Lexer.SKIPPED });
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\u00a0\u200b\f\v]+/, group: Lexer.SKIPPED });
export const ParagraphLabel = createToken({
    name: 'ParagraphLabel',
    pattern: { exec: matchParagraphLabel },
    line_breaks: false,
    // Upper-case letters for a profile's labels (`Article QQ.A.2:`); the Kyoto labels never match there.
    start_chars_hint: ['-', '*', '+', '~', '[', ...'NPOnpo0123456789', ...'ABCDEFGHIJKLMQRSTUVWXYZ'],
});
/** `[text](#)`: a link left by conversion; plain text, never an annotation. */
export const Link = createToken({ name: 'Link', pattern: /\[[^\[\]\r\n]*\]\((?:#[^)\s]*|https?:[^)\s]*)\)/ });
/** `~~~~` is an empty strike: it changes nothing. */
export const EmptyStrike = createToken({ name: 'EmptyStrike', pattern: /~~~~/, group: Lexer.SKIPPED });
export const Strike = createToken({ name: 'Strike', pattern: /~~/ });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/ });
export const Colon = createToken({ name: 'Colon', pattern: /:/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const Slash = createToken({ name: 'Slash', pattern: /\// });
export const Dot = createToken({ name: 'Dot', pattern: /\./ });
export const SupportedBy = createToken({ name: 'SupportedBy', pattern: /[Ss]upported[ \t]+by(?![A-Za-z0-9])/ });
/**
 * One string per code-shaped word, whatever the number of its mentions: a slice this short is a
 * copy, 24 bytes a token (a group of 200,000 codes holds as many). Two-letter words first, then
 * three-letter ones, by their letters in base 26.
 */
const codeImages = new Array(26 * 26 + 26 * 26 * 26);
function codeImage(text, offset, end) {
    let index = 0;
    for (let i = offset; i < end; i++)
        index = index * 26 + text.charCodeAt(i) - 65;
    if (end - offset === 3)
        index += 26 * 26;
    return (codeImages[index] ??= text.slice(offset, end));
}
/** Matched by the same test that ends a prose run, so the two never disagree. */
function matchCode(text, offset) {
    if (!codeLikeAt(text, offset))
        return null;
    const end = isUpper(text.charCodeAt(offset + 2)) ? offset + 3 : offset + 2;
    return matchOf(codeImage(text, offset, end));
}
/** A 2- or 3-letter upper-case word: a delegation code if the code table knows it. */
export const Code = createToken({
    name: 'Code',
    pattern: { exec: matchCode },
    line_breaks: false,
    start_chars_hint: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
});
/**
 * chevrotain indexes patterns by first character only when every custom pattern lists its
 * start characters; prose may start with any character that is not special.
 */
const TEXT_START = [];
for (let code = 0; code < 65536; code++)
    if (!(CLASS[code] & SPECIAL))
        TEXT_START.push(code);
export const Text = createToken({
    name: 'Text',
    pattern: { exec: matchText },
    line_breaks: false,
    start_chars_hint: TEXT_START,
});
export const allTokens = [
    Newline, WhiteSpace, ParagraphLabel, Link, EmptyStrike, Strike,
    LBracket, RBracket, LParen, RParen, Semicolon, Colon, Comma, Slash, Dot,
    SupportedBy, Code, Text,
];
// Start positions are all the stages use (an end is start + image length): less memory per token.
// ensureOptimizations: a pattern chevrotain cannot index by first character is an error, not a slow lexer.
export const draftLexer = new Lexer(allTokens, {
    positionTracking: 'onlyStart',
    ensureOptimizations: true,
    skipValidations: !grammarChecks,
});
