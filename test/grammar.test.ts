// The grammar on its own (grammar/index.ts's exports only): the tokens of annotation snippets,
// the AST the parser builds from them, and the bracket pairing the later stages share with it.
// Every expectation is worked out by hand from grammar/README.md.
import { describe, expect, it } from 'vitest';
import {
  lexDraft, limitNesting, MAX_NESTING, pairBrackets, parseParagraph, readBrackets, type AstNode,
} from '../grammar/index.js';

/** `Type image` for each token. */
const lexed = (text: string) => lexDraft(text).map((t) => `${t.tokenType.name} ${t.image}`);

/** A compact picture of the AST: text as its image, separators as `sep :`, groups and code lists as objects. */
function show(node: AstNode): unknown {
  switch (node.kind) {
    case 'text': return node.token.image;
    case 'separator': return `sep ${node.char}`;
    case 'stray': return `stray ${node.token.image}`;
    case 'codes': return node.remarks.length > 0
      ? { codes: node.codes.map((c) => c.image), remarks: node.remarks.map(show) }
      : { codes: node.codes.map((c) => c.image) };
    case 'group': return { group: node.open.image + (node.close?.image ?? ' unclosed'), children: node.children.map(show) };
  }
}
const parsed = (text: string) => parseParagraph(lexDraft(text)).children.map(show);

describe('the lexer', () => {
  it('reads a bracket of a label and codes: prose is one run, white space is skipped', () => {
    expect(lexed('[retain original: RUS, UK]')).toEqual([
      'LBracket [', 'Text retain original', 'Colon :', 'Code RUS', 'Comma ,', 'Code UK', 'RBracket ]',
    ]);
  });

  it('takes only 2- or 3-letter upper-case words standing alone as codes', () => {
    expect(lexed('FRANCE and FRa, EU.DEU')).toEqual(['Text FRANCE and FRa', 'Comma ,', 'Code EU', 'Dot .', 'Code DEU']);
  });

  it('reads `supported by`, strikes and links as tokens of their own; an empty strike is skipped', () => {
    expect(lexed('EGY, supported by RUS ~~old~~~~~~ [see](#)')).toEqual([
      'Code EGY', 'Comma ,', 'SupportedBy supported by', 'Code RUS', 'Strike ~~', 'Text old', 'Strike ~~', 'Link [see](#)',
    ]);
  });

  it('reads paragraph labels at a line start, and mid-line only after a sentence end', () => {
    expect(lexed('OP6 Bis. ALT Text\n1. We act')).toEqual(['ParagraphLabel OP6 Bis. ALT', 'Text Text', 'ParagraphLabel 1.', 'Text We act']);
    expect(lexed('(retain original:RUS) OP28 ALT. Explore')).toEqual([
      'LParen (', 'Text retain original', 'Colon :', 'Code RUS', 'RParen )', 'ParagraphLabel OP28 ALT.', 'Text Explore',
    ]);
    // Mid-sentence it is prose; `ALT` alone has the shape of a code (whether it is one is the code table's to say).
    expect(lexed('and OP28 ALT. Explore')).toEqual(['Text and OP28 ', 'Code ALT', 'Dot .', 'Text Explore']);
  });

  it('counts columns in characters, lines from 1', () => {
    const [, bracket, fra] = lexDraft('😀 [FRA]\n\n  BEL');
    expect([bracket.startColumn, fra.startColumn, fra.startOffset]).toEqual([3, 4, 4]);
    const bel = lexDraft('😀 [FRA]\n\n  BEL').at(-1)!;
    expect([bel.image, bel.startLine, bel.startColumn]).toEqual(['BEL', 3, 3]);
  });
});

describe('the parser', () => {
  it('reads `[CAN, stop here: GTM]`: a code list stops where prose follows its comma', () => {
    expect(parsed('[CAN, stop here: GTM]')).toEqual([
      { group: '[]', children: [{ codes: ['CAN'] }, ',', 'stop here', 'sep :', { codes: ['GTM'] }] },
    ]);
  });

  it('joins codes by commas, dots, spaces and `supported by` into one list', () => {
    expect(parsed('[ITA.FRA.EU BRA, supported by GTM]')).toEqual([
      { group: '[]', children: [{ codes: ['ITA', 'FRA', 'EU', 'BRA', 'GTM'] }] },
    ]);
  });

  it('makes a parenthesis right after a code its remark, and splits segments at `;` and `/`', () => {
    expect(parsed('[CHN(flexible); reaffirm:SWE/recall:USA]')).toEqual([{
      group: '[]',
      children: [
        { codes: ['CHN'], remarks: [{ group: '()', children: ['flexible'] }] },
        'sep ;', 'reaffirm', 'sep :', { codes: ['SWE'] }, 'sep /', 'recall', 'sep :', { codes: ['USA'] },
      ],
    }]);
  });

  it('accepts every sequence: a mismatched closer closes, an unclosed group runs to the end, a closer with nothing open is stray', () => {
    expect(parsed('[FRA) text ] (delete: BEL')).toEqual([
      { group: '[)', children: [{ codes: ['FRA'] }] },
      'text ',
      'stray ]',
      { group: '( unclosed', children: ['delete', 'sep :', { codes: ['BEL'] }] },
    ]);
  });

  it('keeps a paragraph label as text, and `(OR. en)` as a code and prose', () => {
    expect(parsed('1. Text (OR. en)')).toEqual(['1.', 'Text ', { group: '()', children: [{ codes: ['OR'] }, '.', 'en'] }]);
  });
});

describe('brackets', () => {
  it('pair as the parser pairs them: the innermost group closes first, with a closer of either kind', () => {
    // [ a ( b ] c ) ]  ->  `(` closed by `]`, `[` by `)`, the last `]` stray.
    const tokens = lexDraft('[a (b] c) ]');
    expect(tokens.map((t) => t.image)).toEqual(['[', 'a ', '(', 'b', ']', 'c', ')', ']']);
    expect([...pairBrackets(tokens)]).toEqual([6, -1, 4, -1, 2, -1, 0, -1]);
    const read: string[] = [];
    readBrackets(tokens, (token, i, depth, opener) => read.push(`${token.image}${depth}${opener >= 0 ? `<${opener}` : ''}`));
    expect(read).toEqual(['[1', 'a 1', '(2', 'b2', ']2<2', 'c1', ')1<0', ']0']);
    expect(parseParagraph(tokens).children.map(show)).toEqual([
      { group: '[)', children: ['a ', { group: '(]', children: ['b'] }, 'c'] },
      'stray ]',
    ]);
  });

  it(`deeper than ${MAX_NESTING} are read as text, and the first too deep is named`, () => {
    const text = '['.repeat(MAX_NESTING + 2) + 'FRA' + ']'.repeat(MAX_NESTING + 2);
    const tokens = lexDraft(text);
    const { tokens: limited, tooDeep } = limitNesting(tokens);
    expect(tooDeep?.startOffset).toBe(MAX_NESTING);
    const kinds = limited.map((t) => t.tokenType.name);
    expect(kinds.filter((k) => k === 'LBracket')).toHaveLength(MAX_NESTING);
    expect(kinds.filter((k) => k === 'RBracket')).toHaveLength(MAX_NESTING);
    expect(kinds.slice(MAX_NESTING, MAX_NESTING + 3)).toEqual(['Text', 'Text', 'Code']);
    expect(limitNesting(lexDraft('[[FRA]]')).tooDeep).toBeNull();
  });
});
