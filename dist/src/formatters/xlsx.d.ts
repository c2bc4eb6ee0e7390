import ExcelJS from 'exceljs';
import { type Stance, type StanceRecord } from '../types.js';
import type { BinaryFormatter } from './contract.js';
import type { MatrixInput, RecordsResult } from './registry.js';
/** The workbook's creation and modification dates: 1980-01-01, as its zip entries'. */
export declare const FIXED_DATE: Date;
/** Fill and font colour of each stance: the terminal's green, red, yellow and magenta, as light fills with dark letters. */
export declare const STANCE_FILLS: Readonly<Record<Stance, {
    fill: string;
    font: string;
}>>;
/**
 * A workbook written row by row as its rows are committed, and its bytes once every sheet is
 * added. Each string is written in its cell: a table of shared strings would hold every distinct
 * string to the end, then make its XML as one (200,000 paragraphs: some 100 MB more).
 */
export declare function newWorkbook(): {
    workbook: ExcelJS.stream.xlsx.WorkbookWriter;
    bytes: () => Promise<readonly Uint8Array[]>;
};
/**
 * Commits `row` and lets the writer finish writing it: exceljs's writer finishes each write in a
 * promise's continuation, holding what it wrote until then, so a loop that never awaits would
 * hold the whole sheet.
 */
export declare function commitRow(row: ExcelJS.Row): Promise<void>;
/**
 * Commits `sheet` and lets go of its columns: exceljs's writer keeps a Column for every column
 * a cell was written in, for as long as the workbook, though a committed sheet never reads them
 * (16,384 on each Matrix sheet: over 200,000 paragraphs, some 40 MB). `_columns` is not exceljs's
 * public API; where it is not found, nothing is let go.
 */
export declare function commitSheet(sheet: ExcelJS.Worksheet): void;
/** The main command's `--format xlsx` of records held: the Records sheets, then the Matrix sheets. */
export declare const recordsWorkbook: BinaryFormatter<RecordsResult>;
/**
 * A reading that hands its records to `see` as they come, then gives the matrix's tallies: the
 * records workbook is written as the files are read, holding no record.
 */
export type RecordsReading = (see: (records: readonly StanceRecord[]) => Promise<void>) => Promise<MatrixInput>;
/**
 * The main command's `--format xlsx`: the Records sheets (each continued on more past a sheet's
 * rows), written as the records come, then the Matrix sheets from the tallies.
 */
export declare const recordsWorkbookAsRead: BinaryFormatter<RecordsReading>;
/** `matrix --format xlsx`: the Matrix sheet (continued on more sheets past 16,384 columns), from the tallies as the other matrix formats. */
export declare const matrixWorkbook: BinaryFormatter<MatrixInput>;
