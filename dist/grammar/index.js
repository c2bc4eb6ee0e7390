import { parseParagraphTokens } from './parser.js';
import { draftLexer, LBracket, LParen, RBracket, RParen, Text, withLexingRules } from './tokens.js';
export * as tokens from './tokens.js';
export { DraftParser, draftParser } from './parser.js';
export { isCloser, isOpener, pairBrackets, readBrackets } from './brackets.js';
/**
 * Lexes a whole file; every character is matched by some token, so there are no lexer errors.
 * Columns count characters, not UTF-16 units (chevrotain's), so `😀 [FRA]` puts FRA at 4.
 */
export function lexDraft(text, lexing = null) {
    const result = lexing ? withLexingRules(lexing, () => draftLexer.tokenize(text)) : draftLexer.tokenize(text);
    if (result.errors.length > 0) {
        const error = result.errors[0];
        throw new Error(`lexer error at line ${error.line}, column ${error.column}: ${error.message}`);
    }
    countColumnsInCharacters(text, result.tokens);
    return result.tokens;
}
/**
 * Lexes `text` (normalised: `\n` line ends) a part at a time: the same tokens as lexDraft(text),
 * with their positions in the whole text, but only one part's are alive at once. A part is at
 * least `partLength` characters long and ends after a line end. No token spans a line end, and no
 * matcher looks back past the start of its line or ahead past its end, so cutting between lines
 * changes nothing.
 */
export function* lexInParts(text, partLength = 1 << 13, lexing = null) {
    let lineOffset = 0;
    for (let start = 0; start < text.length;) {
        const lineEnd = text.indexOf('\n', start + partLength);
        const end = lineEnd < 0 ? text.length : lineEnd + 1;
        const part = text.slice(start, end);
        const tokens = lexDraft(part, lexing);
        for (const token of tokens) {
            token.startOffset += start;
            token.startLine = (token.startLine ?? 1) + lineOffset;
        }
        yield tokens;
        for (let at = part.indexOf('\n'); at >= 0; at = part.indexOf('\n', at + 1))
            lineOffset++;
        start = end;
    }
}
function countColumnsInCharacters(text, tokens) {
    const pairs = [];
    for (const match of text.matchAll(/[\uD800-\uDBFF](?=[\uDC00-\uDFFF])/g))
        pairs.push(match.index);
    if (pairs.length === 0)
        return;
    const pairsBefore = (offset) => {
        let low = 0;
        let high = pairs.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (pairs[mid] < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    };
    for (const token of tokens) {
        const lineStart = token.startOffset - ((token.startColumn ?? 1) - 1);
        token.startColumn = (token.startColumn ?? 1) - (pairsBefore(token.startOffset) - pairsBefore(lineStart));
    }
}
/** Deeper groups than this are read as text: the parser and the stages after it recurse per level. */
export const MAX_NESTING = 64;
/**
 * Brackets nested deeper than `max` become plain text, so a hostile file cannot exhaust
 * the stack; `tooDeep` is the first opener past the limit (reported as a diagnostic).
 */
export function limitNesting(tokens, max = MAX_NESTING) {
    let depth = 0;
    let tooDeep = null;
    for (const token of tokens) {
        const type = token.tokenType;
        if (type === LBracket || type === LParen) {
            if (++depth > max) {
                tooDeep = token;
                break;
            }
        }
        else if ((type === RBracket || type === RParen) && depth > 0)
            depth--;
    }
    // Nearly every paragraph stays within the limit: its tokens are used as they are.
    if (!tooDeep)
        return { tokens, tooDeep };
    depth = 0;
    const asText = (token) => ({ ...token, tokenType: Text, tokenTypeIdx: Text.tokenTypeIdx });
    const limited = tokens.map((token) => {
        const type = token.tokenType;
        if (type === LBracket || type === LParen) {
            depth++;
            return depth <= max ? token : asText(token);
        }
        if ((type === RBracket || type === RParen) && depth > 0) {
            depth--;
            return depth >= max ? asText(token) : token;
        }
        return token;
    });
    return { tokens: limited, tooDeep };
}
/**
 * Parses one paragraph. The parser builds the AST as it goes (no concrete syntax tree), so
 * even a long paragraph (a one-line file of megabytes) is parsed in one go.
 */
export function parseParagraph(tokens) {
    return parseParagraphTokens(tokens);
}
