/**
 * Every command, in the order `--help` lists them. The program knows them only as definitions:
 * what each runs is loaded when it runs.
 */
import { blocs } from './blocs.js';
import { check } from './check.js';
import { contested } from './contested.js';
import { country } from './country.js';
import { matrix } from './matrix.js';
import { paragraph } from './paragraph.js';
import { records } from './records.js';
import { report } from './report.js';
import { trace } from './trace.js';
export const MAIN_COMMAND = records;
export const SUBCOMMANDS = [matrix, check, country, paragraph, contested, blocs, trace, report];
