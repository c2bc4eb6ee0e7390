/**
 * The command line, as the binary and the tests run it: `main(argv, io)` parses the arguments,
 * runs one command and returns the exit status. Data goes to stdout, messages to stderr; 0 on
 * success, 2 for usage and input/output problems; a bug is thrown, for the binary to report.
 */
import { existsSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import damerauLevenshtein from 'damerau-levenshtein';
import { ConfigError } from '../errors.js';
import { processIo } from './cli-io.js';
import { packageVersion } from './json-file.js';
import { MAIN_COMMAND, SUBCOMMANDS } from './commands/index.js';
import { loadProjectConfig } from './project-config.js';
import { checkOutputTarget } from './output-target.js';
import { loadNotation } from './notation.js';
import { SHIPPED_PROFILES } from '../profiles/shipped.js';
import { examplesText, SHORT_USAGE, wrapHelp } from './help.js';
import { inputLimits, parseSize } from './input-limits.js';
import { ConfigFiles } from './settings.js';
import { assertNoEmptyValues } from './empty-values.js';
import { streamWidth } from './terminal-width.js';
import { EXIT_USAGE, UsageError } from './usage-error.js';
const EXIT_OK = 0;
/**
 * As commander's own defaults, but on `io`: help wrapped to the terminal; its messages on one
 * line (the "(Did you mean …?)" hint joins the error), with the prefix of every other error.
 */
function outputTo(command, io) {
    const readerGone = (error) => {
        if (error?.code === 'EPIPE')
            io.exit(0);
    };
    // Help is wrapped to the terminal's width, else 80.
    const helpWidth = (stream) => streamWidth(stream, io.env);
    const colourForced = () => {
        const { NO_COLOR, FORCE_COLOR, CLICOLOR_FORCE } = io.env;
        if (NO_COLOR || FORCE_COLOR === '0' || FORCE_COLOR === 'false')
            return false;
        if (FORCE_COLOR || CLICOLOR_FORCE !== undefined)
            return true;
        if (io.env.TERM === 'dumb')
            return false;
        return undefined;
    };
    return command.exitOverride().configureOutput({
        // Only help and the version come here; errors go through outputError.
        // A reader that leaves early (`--help | head`) ends the run quietly, as the data's does.
        writeOut: (text) => {
            io.stdout.on?.('error', readerGone);
            io.stdout.write(wrapHelp(text, helpWidth(io.stdout)), (error) => readerGone(error));
        },
        writeErr: (text) => io.stderr.write(wrapHelp(text, helpWidth(io.stderr))),
        outputError: (text) => io.stderr.write(`kyoto-parse: ${text.trim().replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')}\n`),
        getOutHelpWidth: () => helpWidth(io.stdout),
        getErrHelpWidth: () => helpWidth(io.stderr),
        getOutHasColors: () => colourForced() ?? io.stdout.isTTY === true,
        getErrHasColors: () => colourForced() ?? io.stderr.isTTY === true,
    });
}
function buildProgram(io, setStatus) {
    const version = packageVersion();
    const config = new ConfigFiles();
    const bind = (definition, command) => definition.declare(outputTo(command, io))
        // Every command reads the project configuration file (its aliases and vocabulary; check's rules).
        .option('--config <file>', 'the project configuration file (default: .kyoto-parse.json in this folder or above)')
        .option('--no-config', 'read no project configuration file')
        .option('--max-input-size <size>', 'read no file larger than SIZE (default: 256MB a draft, 4MB a JSON file; at most 500MB)', parseSize)
        .option('--notation <name>', 'the notation of the drafts: kyoto, tpp or a profile FILE (default: detected for each file; docs/profiles.md)')
        .addHelpText('after', examplesText(definition.examples))
        .action(async (...params) => {
        // Commander passes the declared arguments (the files last), then the options and the command.
        const positional = params.slice(0, -2);
        assertNoEmptyValues(params.at(-1));
        const options = params.at(-2);
        if (options.output === '-')
            options.output = undefined; // `-o -`: standard output
        const limits = inputLimits(options.maxInputSize);
        config.maxBytes = limits.json;
        // Read and checked before the command runs: a bad file stops it before any output. In a
        // deleted working directory there is no folder to look upward from.
        const cwd = workingDirectory();
        config.project = options.config === undefined && cwd === undefined ? undefined : await loadProjectConfig(options.config, cwd ?? '.', limits.json);
        if (options.output !== undefined)
            checkOutputTarget(options.output, inputsOf(positional, options, params.at(-1), config.project));
        config.notation = await loadNotation(options.notation);
        const invocation = {
            args: positional.slice(0, -1),
            files: positional.at(-1),
            options: options,
            io: { ...io, limits }, config, version, setStatus,
        };
        if (definition === MAIN_COMMAND)
            assertNotACommand(invocation.files[0]);
        await (await definition.load())(invocation);
    });
    // The main command and `matrix` both have --format: each reads its own.
    const program = bind(MAIN_COMMAND, new Command('kyoto-parse').version(version).enablePositionalOptions());
    for (const definition of SUBCOMMANDS)
        program.addCommand(bind(definition, new Command(definition.name)));
    program.helpCommand('help [command]', 'show the help of a command, with examples');
    return program;
}
function workingDirectory() {
    try {
        return process.cwd();
    }
    catch {
        return undefined;
    }
}
/**
 * Every file a run may read, which `-o` must not be: the arguments (all of them: a code or a
 * paragraph ID names no file, so it matches none), each option that takes a file but `-o`, and
 * the configuration file with the files it names. `-` among the arguments is standard input.
 */
function inputsOf(positional, options, command, project) {
    const fileOptions = command.options
        .filter((option) => /<file>/.test(option.flags) && option.attributeName() !== 'output')
        .map((option) => options[option.attributeName()])
        .filter((value) => typeof value === 'string')
        .map((value) => (value === '-' ? './-' : value)); // an option's `-` is a file of that name
    const configFiles = [project?.file, project?.aliases?.file, project?.vocabulary?.file].filter((file) => file !== undefined);
    // `--notation` names a shipped profile or a profile file.
    const notation = typeof options.notation === 'string' && !SHIPPED_PROFILES.has(options.notation) ? [options.notation] : [];
    return [...positional.flat().filter((value) => typeof value === 'string'), ...fileOptions, ...configFiles, ...notation];
}
const COMMAND_NAMES = [...SUBCOMMANDS.map((definition) => definition.name), 'help'];
/** The command nearest a mistyped name, if one is near enough. */
function nearCommand(first) {
    return COMMAND_NAMES
        .map((name) => ({ name, steps: damerauLevenshtein(first.toLowerCase(), name).steps }))
        .filter(({ name, steps }) => steps <= Math.max(1, Math.floor(name.length / 3)))
        .sort((a, b) => a.steps - b.steps)[0];
}
/**
 * The main command's first file, when it is no file but a word near a command's name (`matirx`),
 * is a mistyped command: said so. A real file of that name is read.
 */
function assertNotACommand(first) {
    if (!/^[a-z][a-z-]*$/i.test(first) || existsSync(first))
        return;
    const near = nearCommand(first);
    // Nothing near: reading it says there is no such file.
    if (near)
        throw new UsageError(`unknown command '${first}'; did you mean '${near.name}'?`);
}
export async function main(argv, io = processIo()) {
    let status = EXIT_OK;
    if (argv.length <= 2) {
        io.stderr.write(SHORT_USAGE);
        return EXIT_USAGE;
    }
    // `help matirx`: the command named, not the whole help on stderr.
    const [first, asked] = argv.slice(2);
    if (first === 'help' && asked !== undefined && !COMMAND_NAMES.includes(asked)) {
        const near = nearCommand(asked);
        io.stderr.write(`kyoto-parse: unknown command '${asked}'${near ? `; did you mean '${near.name}'?` : ` (commands: ${COMMAND_NAMES.join(', ')})`}\n`);
        return EXIT_USAGE;
    }
    try {
        await buildProgram(io, (s) => { status = s; }).parseAsync(argv);
        return status;
    }
    catch (error) {
        if (error instanceof CommanderError) {
            // Commander has already printed its one-line message (or the help/version text).
            return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
        }
        if (error instanceof UsageError || error instanceof ConfigError) {
            io.stderr.write(`kyoto-parse: ${error.message}\n`);
            return EXIT_USAGE;
        }
        throw error;
    }
}
