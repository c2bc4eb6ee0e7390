/**
 * The notation's grammar (see grammar/README.md for the EBNF and railroad diagrams).
 *
 * It accepts every token sequence: a draft is never rejected, only read as far as it makes
 * sense. A group closes at the first closer of either kind (`[…)` is a mis-typed bracket),
 * a group never closed runs to the end of the paragraph, and a closer with nothing open is
 * stray. Those faults are reported by the visitor, not here.
 */
import { CstParser, type CstNode, type IToken } from 'chevrotain';
import {
  allTokens, Code, Colon, Comma, Dot, LBracket, Link, LParen, ParagraphLabel, RBracket,
  RParen, Semicolon, Slash, Strike, SupportedBy, Text,
} from './tokens.js';

export class DraftParser extends CstParser {
  constructor() {
    super(allTokens, { maxLookahead: 3, recoveryEnabled: false, nodeLocationTracking: 'onlyOffset' });
    this.performSelfAnalysis();
  }

  /** A paragraph: its label (if any) and its content; closers here close nothing. */
  public paragraph = this.RULE('paragraph', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.item) },
        { ALT: () => this.SUBRULE(this.separator) },
        { ALT: () => this.CONSUME(ParagraphLabel) },
        { ALT: () => this.CONSUME(RBracket, { LABEL: 'strayCloser' }) },
        { ALT: () => this.CONSUME(RParen, { LABEL: 'strayCloser' }) },
      ]);
    });
  });

  /** `[…]` or `(…)`, nested at will; the closer is optional (an unclosed group). */
  public group = this.RULE('group', () => {
    this.OR([{ ALT: () => this.CONSUME(LBracket, { LABEL: 'open' }) }, { ALT: () => this.CONSUME(LParen, { LABEL: 'open' }) }]);
    this.MANY(() => {
      this.OR2([
        { ALT: () => this.SUBRULE(this.item) },
        { ALT: () => this.SUBRULE(this.separator) },
        { ALT: () => this.CONSUME(ParagraphLabel) },
      ]);
    });
    this.OPTION(() => {
      this.OR3([{ ALT: () => this.CONSUME(RBracket, { LABEL: 'close' }) }, { ALT: () => this.CONSUME(RParen, { LABEL: 'close' }) }]);
    });
  });

  public item = this.RULE('item', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.codeList) },
      { ALT: () => this.SUBRULE(this.group) },
      { ALT: () => this.CONSUME(Text) },
      { ALT: () => this.CONSUME(Comma) },
      { ALT: () => this.CONSUME(Dot) },
      { ALT: () => this.CONSUME(Strike) },
      { ALT: () => this.CONSUME(Link) },
      { ALT: () => this.CONSUME(SupportedBy) },
    ]);
  });

  /** `;` splits a group into segments, `:` a segment into label and codes, `/` separates alternatives. */
  public separator = this.RULE('separator', () => {
    this.OR([
      { ALT: () => this.CONSUME(Semicolon) },
      { ALT: () => this.CONSUME(Colon) },
      { ALT: () => this.CONSUME(Slash) },
    ]);
  });

  /**
   * Codes separated by commas, dots or spaces (`ITA.FRA.EU`, `BRA GTM`), joined by
   * `supported by`, each optionally followed by its own remark (`CHN(flexible in modifying)`).
   */
  public codeList = this.RULE('codeList', () => {
    this.CONSUME(Code);
    this.MANY({ GATE: () => this.codeListContinues(), DEF: () => {
      this.OR([
        { ALT: () => this.CONSUME2(Code) },
        { ALT: () => { this.CONSUME(Comma); this.OPTION(() => this.CONSUME(SupportedBy)); this.CONSUME3(Code); } },
        { ALT: () => { this.CONSUME(Dot); this.CONSUME4(Code); } },
        { ALT: () => { this.CONSUME2(SupportedBy); this.CONSUME5(Code); } },
        // A parenthesis right after a code is that code's remark.
        { GATE: () => this.LA(1).tokenType === LParen, ALT: () => this.SUBRULE(this.group, { LABEL: 'remark' }) },
      ]);
    } });
  });

  /**
   * The list goes on only where a code follows its separator (`RUS, EGY`), not prose
   * (`NAM, stop at …`, `(OR. en)`): chevrotain's repetition lookahead does not see past
   * the rule's end, so the check is explicit.
   */
  private codeListContinues(): boolean {
    const next = this.LA(1).tokenType;
    if (next === Code || next === LParen) return true;
    const afterSeparator = this.LA(2).tokenType;
    if (next === Comma) return afterSeparator === Code || (afterSeparator === SupportedBy && this.LA(3).tokenType === Code);
    return (next === Dot || next === SupportedBy) && afterSeparator === Code;
  }
}

/** Built once per process: grammar analysis is the costly part. */
let sharedParser: DraftParser | undefined;

export function draftParser(): DraftParser {
  sharedParser ??= new DraftParser();
  return sharedParser;
}

export function parseParagraphTokens(tokens: IToken[]): CstNode {
  const parser = draftParser();
  parser.input = tokens;
  const cst = parser.paragraph();
  if (parser.errors.length > 0) {
    // The grammar accepts every sequence; an error here is a bug in the grammar itself.
    throw new Error(`grammar error: ${parser.errors[0].message}`);
  }
  return cst;
}
