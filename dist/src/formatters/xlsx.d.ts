import ExcelJS from 'exceljs';
import { type Stance } from '../types.js';
import type { BinaryFormatter } from './contract.js';
import type { MatrixInput, RecordsResult } from './registry.js';
/** The workbook's dates and its zip entries' dates: 1980-01-01, the earliest a zip entry can carry. */
export declare const FIXED_DATE: Date;
/** Fill and font colour of each stance: the terminal's green, red, yellow and magenta, as light fills with dark letters. */
export declare const STANCE_FILLS: Readonly<Record<Stance, {
    fill: string;
    font: string;
}>>;
/**
 * How much of a sheet's XML may wait for the zip. exceljs hands each committed row to the zip
 * without waiting for it, and the zip's deflate runs off the main thread: rows written in one
 * loop that never yields would wait there all together, the whole sheet (200,000 records: 60 MB).
 */
export declare const WAITING_XML_BYTES: number;
/** The bytes of the sheet's XML waiting for the zip, null where they cannot be found (zipEntryOf). */
export declare const waitingXmlBytes: (sheet: ExcelJS.Worksheet) => number | null;
/** Commits `row` and waits while the zip takes its sheet's XML (zipTaking). */
export declare function commitRow(sheet: ExcelJS.Worksheet, row: ExcelJS.Row): Promise<void>;
/** The main command's `--format xlsx`: the Records sheet, then the Matrix sheet (each continued on more sheets when it is larger than a sheet). */
export declare const recordsWorkbook: BinaryFormatter<RecordsResult>;
/** `matrix --format xlsx`: the Matrix sheet (continued on more sheets past 16,384 columns), from the tallies as the other matrix formats. */
export declare const matrixWorkbook: BinaryFormatter<MatrixInput>;
