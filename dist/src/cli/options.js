/** Option parsers and the options shared by the reading commands. */
import { InvalidArgumentError } from 'commander';
import { STANCES } from '../types.js';
import { EXIT_HELP } from './help.js';
/** `--width`, `--max-per-rule`…: a whole number at least `min`, else a usage error (exit 2). */
export function wholeNumber(min) {
    return (value) => {
        if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value)) || Number(value) < min)
            throw new InvalidArgumentError(`expected a whole number of at least ${min}.`);
        return Number(value);
    };
}
export function addCommonOptions(command) {
    return command
        .argument('<files...>', 'draft files to read; - reads standard input')
        .option('--country <codes>', 'only these delegations, comma-separated (aliases accepted: UK finds GBR)')
        .option('--paragraph <ids>', 'only these paragraphs, comma-separated (e.g. "OP1,OP6 Bis")')
        .option('--stance <stances>', `only these stances, comma-separated (${STANCES.join(', ')})`)
        .option('--vocabulary <file>', 'JSON file extending or replacing the stance vocabulary')
        .option('--encoding <name>', 'read the drafts in this encoding (e.g. windows-1252, latin1; default: UTF-8, or UTF-16 or UTF-32 with a byte order mark)')
        .option('--aliases <file>', 'JSON file extending or replacing the code aliases and groups')
        .option('-o, --output <file>', 'write to FILE (atomically; never over an input file) instead of stdout')
        .option('--no-escape-formulas', 'leave CSV cells starting with = + - @ as they are')
        .option('--bom', 'start CSV output with a UTF-8 byte-order mark, so that Excel reads it as UTF-8')
        .option('--width <columns>', 'width of terminal tables (default: the terminal width, or 80)', wholeNumber(20))
        .option('--diagnostics', "list every finding on stderr as `check` does, not only their number")
        .option('-q, --quiet', 'say nothing on stderr but errors: no progress, no closing count of findings')
        .addHelpText('after', EXIT_HELP);
}
