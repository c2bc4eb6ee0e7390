/** Option parsers and the options shared by the reading commands. */
import { Command } from 'commander';
/** `--width`, `--max-per-rule`…: a whole number at least `min`, else a usage error (exit 2). */
export declare function wholeNumber(min: number): (value: string) => number;
/** The options of every command that reads records (all but `check`). */
export interface CommonOptions {
    country?: string;
    paragraph?: string;
    stance?: string;
    vocabulary?: string;
    aliases?: string;
    output?: string;
    escapeFormulas: boolean;
    bom?: boolean;
    width?: number;
    diagnostics?: boolean;
    encoding?: string;
    quiet?: boolean;
}
export declare function addCommonOptions(command: Command): Command;
