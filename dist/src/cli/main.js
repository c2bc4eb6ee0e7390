/**
 * The command line, as the binary and the tests run it: `main(argv, io)` parses the arguments,
 * runs one command and returns the exit status. Data goes to stdout, messages to stderr; 0 on
 * success, 2 for usage and input/output problems; a bug is thrown, for the binary to report.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../errors.js';
import { processIo } from './cli-io.js';
import { packageVersion } from './json-file.js';
import { MAIN_COMMAND, SUBCOMMANDS } from './commands/index.js';
import { loadProjectConfig } from './project-config.js';
import { ConfigFiles } from './settings.js';
import { EXIT_USAGE, UsageError } from './usage-error.js';
const EXIT_OK = 0;
/** As commander's own defaults, but on `io`; its messages on one line (the "(Did you mean …?)" hint joins the error). */
function outputTo(command, io) {
    const colourForced = () => {
        const { NO_COLOR, FORCE_COLOR, CLICOLOR_FORCE } = io.env;
        if (NO_COLOR || FORCE_COLOR === '0' || FORCE_COLOR === 'false')
            return false;
        if (FORCE_COLOR || CLICOLOR_FORCE !== undefined)
            return true;
        return undefined;
    };
    return command.exitOverride().configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
        outputError: (text, write) => write(`${text.trimEnd().replace(/\s*\n\s*/g, ' ')}\n`),
        getOutHelpWidth: () => (io.stdout.isTTY ? io.stdout.columns : undefined),
        getErrHelpWidth: () => (io.stderr.isTTY ? io.stderr.columns : undefined),
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
        .action(async (...params) => {
        // Commander passes the declared arguments (the files last), then the options and the command.
        const positional = params.slice(0, -2);
        // Read and checked before the command runs: a bad file stops it before any output.
        config.project = await loadProjectConfig(params.at(-2).config, process.cwd());
        const invocation = {
            args: positional.slice(0, -1),
            files: positional.at(-1),
            options: params.at(-2),
            io, config, version, setStatus,
        };
        await (await definition.load())(invocation);
    });
    // The main command and `matrix` both have --format: each reads its own.
    const program = bind(MAIN_COMMAND, new Command('kyoto-parse').version(version).enablePositionalOptions());
    for (const definition of SUBCOMMANDS)
        program.addCommand(bind(definition, new Command(definition.name)));
    return program;
}
export async function main(argv, io = processIo()) {
    let status = EXIT_OK;
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
