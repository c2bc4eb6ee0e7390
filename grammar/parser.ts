/**
 * The notation's grammar (see grammar/README.md for the EBNF and railroad diagrams).
 *
 * It accepts every token sequence: a draft is never rejected, only read as far as it makes
 * sense. A group closes at the first closer of either kind (`[…)` is a mis-typed bracket),
 * a group never closed runs to the end of the paragraph, and a closer with nothing open is
 * stray. Those faults are reported by the records stage, not here.
 *
 * Each rule returns its AST node as it is recognised (the builders are in builders.ts):
 * no concrete syntax tree is built and then walked again. Alternatives are built once,
 * not at every repetition. The LABELs name the parts in the railroad diagrams.
 */
import { EmbeddedActionsParser, type IOrAlt, type IToken } from 'chevrotain';
import { grammarChecks } from './checks.js';
import type { AstNode, CodeListNode, GroupNode, ParagraphAst, SeparatorNode } from './ast.js';
import {
  allTokens, Code, Colon, Comma, Dot, LBracket, Link, LParen, ParagraphLabel, RBracket,
  RParen, Semicolon, Slash, Strike, SupportedBy, Text,
} from './tokens.js';
import { build } from './builders.js';

export class DraftParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { maxLookahead: 3, recoveryEnabled: false, skipValidations: !grammarChecks });
    this.performSelfAnalysis();
  }

  /** A paragraph: its label (if any) and its content; closers here close nothing. */
  public paragraph = this.RULE('paragraph', (): ParagraphAst => {
    const children: AstNode[] = [];
    this.MANY(() => {
      children.push(this.OR(this.paragraphContent));
    });
    return build.paragraph(children);
  });

  private readonly paragraphContent: IOrAlt<AstNode>[] = [
    { ALT: () => this.SUBRULE(this.item) },
    { ALT: () => this.SUBRULE(this.separator) },
    { ALT: () => build.text(this.CONSUME(ParagraphLabel)) },
    { ALT: () => build.stray(this.CONSUME(RBracket, { LABEL: 'strayCloser' })) },
    { ALT: () => build.stray(this.CONSUME(RParen, { LABEL: 'strayCloser' })) },
  ];

  /** `[…]` or `(…)`, nested at will; the closer is optional (an unclosed group). */
  public group = this.RULE('group', (): GroupNode => {
    const open = this.OR(this.openers);
    const children: AstNode[] = [];
    this.MANY(() => {
      children.push(this.OR2(this.groupContent));
    });
    const close = this.OPTION(() => this.OR3(this.closers)) ?? null;
    return build.group(open, children, close);
  });

  private readonly openers: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(LBracket, { LABEL: 'open' }) },
    { ALT: () => this.CONSUME(LParen, { LABEL: 'open' }) },
  ];

  private readonly groupContent: IOrAlt<AstNode>[] = [
    { ALT: () => this.SUBRULE(this.item) },
    { ALT: () => this.SUBRULE(this.separator) },
    { ALT: () => build.text(this.CONSUME(ParagraphLabel)) },
  ];

  private readonly closers: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(RBracket, { LABEL: 'close' }) },
    { ALT: () => this.CONSUME(RParen, { LABEL: 'close' }) },
  ];

  public item = this.RULE('item', (): AstNode => this.OR(this.items));

  private readonly items: IOrAlt<AstNode>[] = [
    { ALT: () => this.SUBRULE(this.codeList) },
    { ALT: () => this.SUBRULE(this.group) },
    { ALT: () => build.text(this.CONSUME(Text)) },
    { ALT: () => build.text(this.CONSUME(Comma)) },
    { ALT: () => build.text(this.CONSUME(Dot)) },
    { ALT: () => build.text(this.CONSUME(Strike)) },
    { ALT: () => build.text(this.CONSUME(Link)) },
    { ALT: () => build.text(this.CONSUME(SupportedBy)) },
  ];

  /** `;` splits a group into segments, `:` a segment into label and codes, `/` separates alternatives. */
  public separator = this.RULE('separator', (): SeparatorNode => build.separator(this.OR(this.separators)));

  private readonly separators: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(Semicolon) },
    { ALT: () => this.CONSUME(Colon) },
    { ALT: () => this.CONSUME(Slash) },
  ];

  /**
   * Codes separated by commas, dots or spaces (`ITA.FRA.EU`, `BRA GTM`), joined by
   * `supported by`, each optionally followed by its own remark (`CHN(flexible in modifying)`).
   */
  public codeList = this.RULE('codeList', (): CodeListNode => {
    const codes = [this.CONSUME(Code)];
    const remarks: GroupNode[] = [];
    this.MANY({ GATE: this.codeListContinues, DEF: () => {
      const next = this.OR(this.codeListContent);
      if ((next as GroupNode).kind === 'group') remarks.push(next as GroupNode);
      else codes.push(next as IToken);
    } });
    return build.codeList(codes, remarks);
  });

  /** Each alternative yields the code it ends in, or the remark. */
  private readonly codeListContent: IOrAlt<IToken | GroupNode>[] = [
    { ALT: () => this.CONSUME2(Code) },
    { ALT: () => { this.CONSUME(Comma); this.OPTION(() => this.CONSUME(SupportedBy)); return this.CONSUME3(Code); } },
    { ALT: () => { this.CONSUME(Dot); return this.CONSUME4(Code); } },
    { ALT: () => { this.CONSUME2(SupportedBy); return this.CONSUME5(Code); } },
    // A parenthesis right after a code is that code's remark.
    { GATE: () => this.LA(1).tokenType === LParen, ALT: () => this.SUBRULE(this.group, { LABEL: 'remark' }) },
  ];

  /**
   * The list goes on only where a code follows its separator (`RUS, EGY`), not prose
   * (`NAM, stop at …`, `(OR. en)`): chevrotain's repetition lookahead does not see past
   * the rule's end, so the check is explicit.
   */
  private readonly codeListContinues = (): boolean => {
    const next = this.LA(1).tokenType;
    if (next === Code || next === LParen) return true;
    const afterSeparator = this.LA(2).tokenType;
    if (next === Comma) return afterSeparator === Code || (afterSeparator === SupportedBy && this.LA(3).tokenType === Code);
    return (next === Dot || next === SupportedBy) && afterSeparator === Code;
  };
}

/** Built once per process: grammar analysis is the costly part. */
let sharedParser: DraftParser | undefined;

export function draftParser(): DraftParser {
  sharedParser ??= new DraftParser();
  return sharedParser;
}

export function parseParagraphTokens(tokens: IToken[]): ParagraphAst {
  const parser = draftParser();
  parser.input = tokens;
  const ast = parser.paragraph();
  const errors = parser.errors;
  // The shared parser would otherwise hold the last tokens, and through their images the whole text, until the next parse.
  parser.input = [];
  if (errors.length > 0) {
    // The grammar accepts every sequence; an error here is a bug in the grammar itself.
    throw new Error(`grammar error: ${errors[0].message}`);
  }
  return ast;
}
