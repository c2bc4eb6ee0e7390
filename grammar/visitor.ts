/** CST visitor: turns the parser's concrete syntax tree into the small AST of grammar/ast.ts. */
import type { CstChildrenDictionary, CstElement, CstNode, IToken } from 'chevrotain';
import type { AstNode, CodeListNode, GroupNode, ParagraphAst, SeparatorNode } from './ast.js';
import { draftParser } from './parser.js';

const BaseVisitor = draftParser().getBaseCstVisitorConstructor();

const isToken = (element: CstElement): element is IToken => 'image' in element;
const startOf = (element: CstElement): number =>
  isToken(element) ? element.startOffset : (element.location?.startOffset ?? 0);

/** A rule's children in source order (chevrotain groups them by name). */
function ordered(children: CstChildrenDictionary, names: string[]): [string, CstElement][] {
  const all: [string, CstElement][] = [];
  for (const name of names) for (const child of children[name] ?? []) all.push([name, child]);
  return all.sort((a, b) => startOf(a[1]) - startOf(b[1]));
}

class AstBuilder extends BaseVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  paragraph(children: CstChildrenDictionary): ParagraphAst {
    return { children: this.contents(children, true) };
  }

  group(children: CstChildrenDictionary): GroupNode {
    return {
      kind: 'group',
      open: children.open[0] as IToken,
      close: (children.close?.[0] as IToken | undefined) ?? null,
      children: this.contents(children, false),
    };
  }

  item(children: CstChildrenDictionary): AstNode {
    const child = Object.values(children)[0][0];
    if (!isToken(child)) return this.visit(child);
    return { kind: 'text', token: child };
  }

  separator(children: CstChildrenDictionary): SeparatorNode {
    const token = Object.values(children)[0][0] as IToken;
    return { kind: 'separator', token, char: token.image as SeparatorNode['char'] };
  }

  codeList(children: CstChildrenDictionary): CodeListNode {
    const codes = (children.Code as IToken[]).slice().sort((a, b) => a.startOffset - b.startOffset);
    const remarks = (children.remark ?? []).map((remark) => this.visit(remark as CstNode) as GroupNode);
    return { kind: 'codes', codes, remarks, first: codes[0], last: codes[codes.length - 1] };
  }

  private contents(children: CstChildrenDictionary, topLevel: boolean): AstNode[] {
    const names = ['item', 'separator', 'ParagraphLabel', ...(topLevel ? ['strayCloser'] : [])];
    return ordered(children, names).map(([name, child]): AstNode => {
      if (name === 'strayCloser') return { kind: 'stray', token: child as IToken };
      if (isToken(child)) return { kind: 'text', token: child };
      return this.visit(child);
    });
  }
}

let sharedBuilder: AstBuilder | undefined;

export function buildAst(cst: CstNode): ParagraphAst {
  sharedBuilder ??= new AstBuilder();
  return sharedBuilder.visit(cst) as ParagraphAst;
}
