/** `kyoto-parse trace DRAFT LATER`: who prevailed, the draft's proposals traced into a later text. */
import { Argument, Option } from 'commander';
import { wholeNumber } from '../options.js';
import { TABLE_CSV_JSON } from './analytics-options.js';
import { DRAFT } from '../help.js';
export const TRACE_VIEWS = ['paragraphs', 'proposals', 'delegations'];
const HELP = `
Views:
  (none)        table: the delegations, then the proposals that survived and failed most
                clearly, each beside the later wording, the difference marked word by word
                ([-draft only-] {+later only+}); csv: the proposals; json: all three views
  paragraphs    columns: draft_paragraph, draft_line, later_paragraph, later_line, relation, similarity
  proposals     columns: draft_paragraph, line, column, codes, kind, text, survived, later_paragraph, later_line, later_text, score
  delegations   columns: code, proposals, yes, partly, no, deletions_sought, deletions_achieved, oppositions, oppositions_upheld, attainment

Attainment = (yes + ½ · partly + oppositions upheld) / (proposals + oppositions): the share of the
positions a delegation took that the later text bears out.

Line ranges: A-B (inclusive, 1-based) or A- (to the end). The reference draft's Annexes I and II
are --draft-lines 108-443, its Annex III (the Chair's clean text) --base-lines 444-701.

Exit status:
  0  success
  2  usage or input/output problem (missing or unreadable file, bad option or line range)
  3  internal error (a bug: please report it with the input)`;
export const trace = {
    name: 'trace',
    declare: (command) => command
        .description('who prevailed: trace the proposals of a draft into a later text (the adopted one, or a later revision)')
        .argument('<draft>', 'the annotated draft; - reads standard input')
        // The later text is the command's one input file after its argument, as the runner names inputs.
        .addArgument(new Argument('<later>', 'the later text: the adopted text or a later revision; - reads standard input').argParser((later) => [later]))
        .addOption(new Option('--view <view>', 'paragraphs, proposals or delegations (default: see below)').choices(TRACE_VIEWS))
        .addOption(new Option('-f, --format <format>', 'table, csv or json').choices(TABLE_CSV_JSON).default('table'))
        .option('--draft-lines <A-B>', 'trace only these lines of the draft (e.g. 108-443)')
        .option('--later-lines <A-B>', 'trace into only these lines of the later text (e.g. 444-701)')
        .option('--base <file>', "the Chair's clean text the draft annotates: an insertion's wording is then only what it lacks")
        .option('--base-lines <A-B>', 'only these lines of the base; without --base, these lines of the draft file itself')
        .option('--country <codes>', 'only these delegations, comma-separated (aliases accepted): their tallies, and the proposals they made or opposed')
        .option('--paragraph <ids>', 'only these draft paragraphs, comma-separated (the tallies count their proposals only)')
        .option('--examples <n>', 'the default table: how many clearest successes and failures to show', wholeNumber(0), 3)
        .option('--vocabulary <file>', 'JSON file extending or replacing the stance vocabulary')
        .option('--encoding <name>', 'read the drafts in this encoding (e.g. windows-1252, latin1; default: UTF-8, or UTF-16 or UTF-32 with a byte order mark)')
        .option('--aliases <file>', 'JSON file extending or replacing the code aliases and groups')
        .option('-o, --output <file>', 'write to FILE (atomically; never over an input file) instead of stdout')
        .option('--no-escape-formulas', 'leave CSV cells starting with = + - @ as they are')
        .option('--bom', 'start CSV output with a UTF-8 byte-order mark, so that Excel reads it as UTF-8')
        .option('--width <columns>', 'width of the terminal view (default: the terminal width, or 80)', wholeNumber(20))
        .option('--diagnostics', "list every finding on stderr as `check` does, not only their number")
        .option('-q, --quiet', 'say nothing on stderr but errors: no progress, no closing count of findings')
        .addHelpText('after', HELP),
    examples: [
        { what: "who prevailed: the draft's Annexes I and II traced into the adopted text", run: `kyoto-parse trace ${DRAFT} fixtures/kyoto-final-6456-21.txt --draft-lines 108-443 --base-lines 444-701` },
        { what: 'one row per delegation, as CSV', run: `kyoto-parse trace ${DRAFT} fixtures/kyoto-final-6456-21.txt --draft-lines 108-443 --view delegations --format csv` },
    ],
    load: async () => (await import('./trace-run.js')).runTrace,
};
