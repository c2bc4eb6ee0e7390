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
/** The main command's `--format xlsx`: the Records sheet, then the Matrix sheet (each continued on more sheets when it is larger than a sheet). */
export declare const recordsWorkbook: BinaryFormatter<RecordsResult>;
/** `matrix --format xlsx`: the Matrix sheet (continued on more sheets past 16,384 columns), from the tallies as the other matrix formats. */
export declare const matrixWorkbook: BinaryFormatter<MatrixInput>;
