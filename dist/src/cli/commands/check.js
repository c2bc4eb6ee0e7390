/** `kyoto-parse check`: lint transcribed drafts; exit status 1 when any finding is an error. */
import { Option } from 'commander';
import { RULES } from '../../check/rules.js';
import { wholeNumber } from '../options.js';
import { DRAFT } from '../help.js';
const HELP = `
Rules (default severity; --strict makes every finding an error):
${Object.entries(RULES).map(([name, rule]) => `  ${name.padEnd(20)} ${rule.severity.padEnd(8)} ${rule.description}${'strictOnly' in rule ? ' (--strict only)' : ''}`).join('\n')}

Choosing rules: --select and --ignore, or a project configuration file .kyoto-parse.json
(found in this folder or above; --config FILE names one, --no-config reads none):
  { "rules": { "aliased-code": "off", "duplicate-code": "error" }, "ignore": ["paragraph-numbering"],
    "aliases": "codes.json", "vocabulary": { "mode": "extend", ... } }
The command line overrides the file; the schema is schema/kyoto-parse.schema.json in the package.

Exit status:
  0  no error (warnings allowed)
  1  at least one error
  2  usage or input/output problem (missing or unreadable file, bad option or configuration file)
  3  internal error (a bug: please report it with the input)`;
export const check = {
    name: 'check',
    declare: (command) => command
        .description('lint transcribed drafts: unbalanced brackets, unknown codes, empty lists, numbering, …')
        .argument('<files...>', 'draft files to check; - reads standard input')
        .addOption(new Option('-f, --format <format>', 'text, json, github (Actions annotations) or sarif (2.1.0)')
        .choices(['text', 'json', 'github', 'sarif']).default('text'))
        .option('--strict', 'every finding is an error, and labels outside the vocabulary are reported')
        .option('--select <rules>', 'report only these rules (comma-separated; overrides the configuration file)')
        .option('--ignore <rules>', 'do not report these rules (comma-separated; overrides the configuration file)')
        .option('--vocabulary <file>', 'JSON file extending or replacing the stance vocabulary')
        .option('--encoding <name>', 'read the drafts in this encoding (e.g. windows-1252, latin1; default: UTF-8, or UTF-16 or UTF-32 with a byte order mark)')
        .option('--aliases <file>', 'JSON file extending or replacing the code aliases and groups')
        .option('-o, --output <file>', 'write the report to FILE instead of stdout')
        .option('--max-per-rule <n>', 'text format: list at most N findings per rule and file (0: all)', wholeNumber(0), 5)
        .option('--width <columns>', 'text format: width for the line excerpts', wholeNumber(20))
        .option('-q, --quiet', 'no progress line on a terminal (check says nothing else on stderr but errors)')
        .option('--sarif-root <dir>', 'sarif format: locations relative to DIR (default: the git repository around the working directory)')
        .addOption(new Option('--sarif-max-results <n>').argParser(wholeNumber(1)).hideHelp())
        .addHelpText('after', HELP),
    examples: [
        { what: 'every finding, a few per rule', run: `kyoto-parse check ${DRAFT}` },
        { what: 'all findings, aliased codes not reported', run: `kyoto-parse check ${DRAFT} --max-per-rule 0 --ignore aliased-code` },
        { what: 'annotations for a GitHub Actions step', run: `kyoto-parse check ${DRAFT} --format github` },
    ],
    load: async () => (await import('./check-run.js')).runCheck,
};
