import type { FormatName } from '../../formatters/names.js';
import { MATRIX_FORMATS } from '../../formatters/registry.js';
import type { CommonOptions } from '../options.js';
import type { Invocation } from './command.js';
export interface RecordsOptions extends CommonOptions {
    format?: FormatName | 'xlsx';
    counts?: boolean;
}
export interface MatrixOptions extends CommonOptions {
    format: keyof typeof MATRIX_FORMATS | 'xlsx';
    counts?: boolean;
}
export declare function runRecords({ files, options, io, config }: Invocation<RecordsOptions>): Promise<void>;
export declare function runMatrix({ files, options, io, config }: Invocation<MatrixOptions>): Promise<void>;
