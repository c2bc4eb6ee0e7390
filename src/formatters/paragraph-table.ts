import type { ChalkInstance } from 'chalk';
import { STANCE_LETTERS, type StanceCounts } from '../analyses/matrix.js';
import type { DelegationStances, ParagraphDetail, TextSegment } from '../analyses/paragraph-detail.js';
import { STANCES } from '../types.js';
import { joinPieces, type FormatContext } from './contract.js';
import { positionName } from './position-name.js';
import { stanceStyle } from './terminal/colour.js';
import { linesInBatches, tableLines, type TableCell } from './terminal/table.js';
import { textWidth, truncate } from './terminal/width.js';
import { wrapText } from './terminal/wrap.js';

/**
 * One paragraph for the terminal, per file where its ID occurs: a heading (ID, file, lines), the
 * text wrapped to `width` with struck parts struck through (on a terminal without colour, where
 * strikethrough cannot show, they keep their `~~` marks), a count of the positions, and a table
 * of each delegation's stances (`S2O1`: 2 support and 1 oppose records), its position (for,
 * against, mixed: the sign of support minus oppose and delete records) and its labels.
 */
export function formatParagraphTable(details: readonly ParagraphDetail[], context: Pick<FormatContext, 'chalk' | 'width'>): string {
  return joinPieces(paragraphTablePieces(details, context));
}

/** formatParagraphTable's text in pieces (lines FORMATTED_AT_ONCE at a time): a paragraph of megabytes is wrapped a line at a time. */
export function* paragraphTablePieces(details: readonly ParagraphDetail[], { chalk, width }: Pick<FormatContext, 'chalk' | 'width'>): Generator<string> {
  for (let index = 0; index < details.length; index++) {
    if (index > 0) yield '\n';
    yield* linesInBatches(paragraphBlock(details[index]!, chalk, width));
  }
}

function* paragraphBlock(detail: ParagraphDetail, chalk: ChalkInstance, width: number): Generator<string> {
  const lines = detail.startLine === detail.endLine ? `line ${detail.startLine}` : `lines ${detail.startLine}-${detail.endLine}`;
  for (const line of wrapText(`${detail.paragraph} · ${detail.file}, ${lines}`, width)) yield chalk.bold(line);
  yield* wrapSegments(detail.segments, width, chalk);
  yield '';
  if (detail.delegations.length === 0) {
    yield 'No stance records.';
    return;
  }
  const counts = { for: 0, against: 0, mixed: 0 };
  for (const d of detail.delegations) {
    if (d.position === 1) counts.for += 1;
    else if (d.position === -1) counts.against += 1;
    else if (d.position === 0) counts.mixed += 1;
  }
  yield truncate(`${detail.delegations.length} delegations: for ${counts.for}, against ${counts.against}, mixed ${counts.mixed}`, width);
  const rows = function* (): Generator<TableCell[]> {
    for (const d of detail.delegations) {
      yield [
        { text: d.country },
        { text: countsText(d.counts), style: styleCounts(chalk, d.counts) },
        { text: positionName(d), style: positionStyle(chalk, d) },
        { text: d.labels.join('; ') },
      ];
    }
  };
  yield* tableLines([
    { header: 'code' },
    { header: 'stances', min: 7 },
    { header: 'position' },
    { header: 'labels', min: 6 },
  ], rows, width, chalk);
}

function countsText(counts: StanceCounts): string {
  return STANCES.filter((s) => counts[s] > 0).map((s) => `${STANCE_LETTERS[s]}${counts[s]}`).join('');
}

function styleCounts(chalk: ChalkInstance, counts: StanceCounts): (text: string) => string {
  const stances = STANCES.filter((s) => counts[s] > 0);
  return stances.length === 1 ? stanceStyle(chalk, stances[0]) : chalk.bold;
}

function positionStyle(chalk: ChalkInstance, d: DelegationStances): (text: string) => string {
  return d.position === 1 ? chalk.green : d.position === -1 ? chalk.red : chalk.dim;
}

interface Piece {
  text: string;
  struck: boolean;
}

/**
 * Word-wraps the text, a line at a time; struck words are drawn with strikethrough when the chalk
 * has colour, else between `~~` marks (one pair per struck run on a line, counted in the width). A
 * word that is partly struck (`Enhance~~Strengthen~~`) stays one word.
 */
function* wrapSegments(segments: readonly TextSegment[], width: number, chalk: ChalkInstance): Generator<string> {
  const marks = chalk.level === 0;
  const measure = (line: Piece[][]) => textWidth(renderLine(line, chalk, true, marks));
  let line: Piece[][] = [];
  const room = Math.max(1, width - (marks ? 4 : 0));
  for (const whole of wordsOf(segments)) {
    for (const word of measure([whole]) > width ? splitWord(whole, room) : [whole]) {
      if (line.length > 0 && measure([...line, word]) > width) {
        yield renderLine(line, chalk, false, marks);
        line = [];
      }
      line.push(word);
    }
  }
  if (line.length > 0) yield renderLine(line, chalk, false, marks);
}

/**
 * Cuts a word wider than a line (a long code list) into pieces of at most `size` characters,
 * after the last `,` `;` `/` or `]` that leaves a piece at least half a line long, else at `size`.
 */
function splitWord(word: Piece[], size: number): Piece[][] {
  const chars = word.flatMap((piece) => [...piece.text].map((char) => ({ text: char, struck: piece.struck })));
  const words: Piece[][] = [];
  for (let i = 0; i < chars.length;) {
    let end = Math.min(chars.length, i + size);
    if (end < chars.length) {
      for (let j = end; j > i + size / 2; j--) {
        if (',;/]'.includes(chars[j - 1].text)) {
          end = j;
          break;
        }
      }
    }
    const pieces: Piece[] = [];
    const slice = chars.slice(i, end);
    i = end;
    for (const char of slice) {
      const last = pieces.at(-1);
      if (last && last.struck === char.struck) last.text += char.text;
      else pieces.push({ ...char });
    }
    words.push(pieces);
  }
  return words;
}

/** Splits the runs at spaces into words, each a list of struck and unstruck pieces. */
function* wordsOf(segments: readonly TextSegment[]): Generator<Piece[]> {
  let current: Piece[] = [];
  for (const segment of segments) {
    for (const char of segment.text) {
      if (char === ' ') {
        if (current.length > 0) yield current;
        current = [];
        continue;
      }
      const last = current.at(-1);
      if (last && last.struck === segment.struck) last.text += char;
      else current.push({ text: char, struck: segment.struck });
    }
  }
  if (current.length > 0) yield current;
}

/** One line of words; a space between two struck pieces is struck too. `plain`: no styling, for measuring. */
function renderLine(words: Piece[][], chalk: ChalkInstance, plain: boolean, marks: boolean): string {
  const runs: Piece[] = [];
  const add = (piece: Piece) => {
    const last = runs.at(-1);
    if (last && last.struck === piece.struck) last.text += piece.text;
    else runs.push({ ...piece });
  };
  words.forEach((word, index) => {
    if (index > 0) add({ text: ' ', struck: words[index - 1].at(-1)!.struck && word[0].struck });
    for (const piece of word) add(piece);
  });
  return runs.map((run) => {
    if (!run.struck) return run.text;
    if (marks) return `~~${run.text}~~`;
    return plain ? run.text : chalk.strikethrough(run.text);
  }).join('');
}
