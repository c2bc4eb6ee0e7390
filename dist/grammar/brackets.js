import { LBracket, LParen, RBracket, RParen } from './tokens.js';
export const isOpener = (token) => token.tokenType === LBracket || token.tokenType === LParen;
export const isCloser = (token) => token.tokenType === RBracket || token.tokenType === RParen;
/**
 * Calls `visit` for each token in order with its depth: how many groups are open around it (an
 * opener and its closer count as inside their group), and for a closer the index of the opener
 * it closes (-1 when stray; -1 for every other token). Allocates only the stack of open groups.
 */
export function readBrackets(tokens, visit) {
    const open = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (isOpener(token)) {
            open.push(i);
            visit(token, i, open.length, -1);
        }
        else if (isCloser(token)) {
            const depth = open.length;
            visit(token, i, depth, open.pop() ?? -1);
        }
        else
            visit(token, i, open.length, -1);
    }
}
/**
 * For each token, the index of the token that pairs with it (opener <-> closer), or -1 (not a
 * bracket, never closed, or stray): readBrackets's pairs kept, for callers that look back and forth.
 */
export function pairBrackets(tokens) {
    const partner = new Int32Array(tokens.length).fill(-1);
    readBrackets(tokens, (_, i, __, opener) => {
        if (opener < 0)
            return;
        partner[i] = opener;
        partner[opener] = i;
    });
    return partner;
}
