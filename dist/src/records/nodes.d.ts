/** Where an AST node starts and ends in the source, as tokens. */
import type { IToken } from 'chevrotain';
import type { AstNode } from '../../grammar/index.js';
export declare function firstToken(node: AstNode): IToken;
/** A code list ends with its last remark when that follows its last code; an unclosed group with its last child. */
export declare function lastToken(node: AstNode): IToken;
