import type { ParagraphDetail } from '../analyses/paragraph-detail.js';
import { type FormatContext } from './contract.js';
/**
 * One paragraph for the terminal, per file where its ID occurs: a heading (ID, file, lines), the
 * text wrapped to `width` with struck parts struck through (on a terminal without colour, where
 * strikethrough cannot show, they keep their `~~` marks), a count of the positions, and a table
 * of each delegation's stances (`S2O1`: 2 support and 1 oppose records), its position (for,
 * against, mixed: the sign of support minus oppose and delete records) and its labels.
 */
export declare function formatParagraphTable(details: readonly ParagraphDetail[], context: Pick<FormatContext, 'chalk' | 'width'>): string;
/** formatParagraphTable's text in pieces (lines FORMATTED_AT_ONCE at a time): a paragraph of megabytes is wrapped a line at a time. */
export declare function paragraphTablePieces(details: readonly ParagraphDetail[], { chalk, width }: Pick<FormatContext, 'chalk' | 'width'>): Generator<string>;
