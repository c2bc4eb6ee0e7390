/**
 * From a file's tokens to chunks: the units that become paragraphs, headings and notes.
 *
 * Blocks are runs of non-blank lines. Page numbers (a line of 1 to 3 digits) are dropped
 * and mark the next block as coming after a page break; word-processor residue
 * (`Formatted: …`, `**Commented [A1]:** …`) is dropped with the rest of its block. A block
 * is split into chunks where a paragraph label begins, at a line start or mid-line.
 */
import type { IToken } from 'chevrotain';
import { tokens as T } from '../../grammar/index.js';

export interface Chunk {
  tokens: IToken[];
  startLine: number;
  endLine: number;
  /** The chunk's lines as written (for the heading and continuation tests). */
  raw: string;
  afterPageBreak: boolean;
  /** The chunk begins with a paragraph label. */
  labelled: boolean;
}

const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
const RESIDUE = /^\s*(\*\*)?(Formatted|Commented \[[^\]]*\]):/;

interface Line {
  number: number;
  raw: string;
  /** Offset of the line's first character in the text. */
  offset: number;
  tokens: IToken[];
}

function linesOf(text: string, tokens: IToken[]): Line[] {
  let offset = 0;
  const lines: Line[] = text.split('\n').map((raw, i) => {
    const line = { number: i + 1, raw: raw.replace(/\r$/, ''), offset, tokens: [] };
    offset += raw.length + 1;
    return line;
  });
  for (const token of tokens) lines[(token.startLine ?? 1) - 1].tokens.push(token);
  return lines;
}

export function chunksOf(text: string, tokens: IToken[]): Chunk[] {
  const chunks: Chunk[] = [];
  let afterPageBreak = false;
  let inResidue = false;
  let current: Chunk | null = null;
  const close = () => {
    if (current) chunks.push(current);
    current = null;
  };
  for (const line of linesOf(text, tokens)) {
    if (line.tokens.length === 0 || PAGE_NUMBER.test(line.raw)) {
      close();
      inResidue = false;
      if (line.tokens.length > 0) afterPageBreak = true;
      continue;
    }
    const startsLabelled = line.tokens[0].tokenType === T.ParagraphLabel;
    if (RESIDUE.test(line.raw)) inResidue = true;
    if (inResidue && !startsLabelled) continue;
    inResidue = false;
    line.tokens.forEach((token, i) => {
      if (token.tokenType === T.ParagraphLabel || !current) {
        const opensChunk = !current || token.tokenType === T.ParagraphLabel;
        if (opensChunk) {
          close();
          current = {
            tokens: [], startLine: line.number, endLine: line.number, raw: '',
            afterPageBreak, labelled: token.tokenType === T.ParagraphLabel,
          };
          afterPageBreak = false;
        }
      }
      const chunk = current as unknown as Chunk;
      if (i === 0 || token.tokenType === T.ParagraphLabel) {
        const from = i === 0 ? 0 : token.startOffset - line.offset;
        chunk.raw += (chunk.raw ? '\n' : '') + line.raw.slice(from);
      }
      chunk.tokens.push(token);
      chunk.endLine = line.number;
    });
    // A mid-line label's chunk keeps only the text from the label on; the chunk before it
    // keeps the whole line in `raw`, which only the heading/continuation tests read.
  }
  close();
  return chunks;
}
