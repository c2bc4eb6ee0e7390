/**
 * How the brackets of a run of tokens pair up, as the parser reads them (parser.ts): an opener
 * starts a group, the next closer of either kind closes the innermost open group, and a closer
 * with no group open is stray. One reading for every stage that looks at brackets without an AST
 * (the paragraph model) or beside it (the records' look-backs), so that they cannot disagree.
 */
import type { IToken } from 'chevrotain';
import { LBracket, LParen, RBracket, RParen } from './tokens.js';

export const isOpener = (token: IToken): boolean => token.tokenType === LBracket || token.tokenType === LParen;
export const isCloser = (token: IToken): boolean => token.tokenType === RBracket || token.tokenType === RParen;

export interface Brackets {
  /** For each token: how many groups are open around it (an opener and its closer count as inside their group). */
  depth: Int32Array;
  /** For each token: the index of the token that pairs with it (opener <-> closer), or -1 (not a bracket, unclosed or stray). */
  partner: Int32Array;
}

export function pairBrackets(tokens: readonly IToken[]): Brackets {
  const depth = new Int32Array(tokens.length);
  const partner = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (isOpener(token)) {
      open.push(i);
      depth[i] = open.length;
    } else if (isCloser(token)) {
      depth[i] = open.length;
      const opener = open.pop();
      if (opener !== undefined) {
        partner[i] = opener;
        partner[opener] = i;
      }
    } else depth[i] = open.length;
  }
  return { depth, partner };
}
