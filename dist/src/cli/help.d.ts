export declare const DRAFT = "fixtures/kyoto-6227-20-annexes.txt";
/** One example: what it does, and the command line. */
export interface Example {
    what: string;
    run: string;
}
/** The examples section that ends a command's help. */
export declare function examplesText(examples: readonly Example[]): string;
/** The exit statuses of the commands that read records (every command but `check`, which has 1 too). */
export declare const EXIT_HELP = "\nExit status:\n  0  success (also when a filter matches nothing: standard error says so)\n  2  usage or input/output problem (missing or unreadable file, bad option, bad --aliases/--vocabulary or configuration file)\n  3  internal error (a bug: please report it with the input)";
/** Help text wrapped to `width` columns; lines that fit are left as they are. */
export declare function wrapHelp(text: string, width: number): string;
/** What a bare `kyoto-parse` prints: how to start, and where the rest is. */
export declare const SHORT_USAGE = "Usage: kyoto-parse [options] <files...>\n       kyoto-parse <command> [options] <files...>\n\nReads negotiated UN drafts with bracketed country annotations into stance records.\n\nExamples:\n  kyoto-parse fixtures/kyoto-6227-20-annexes.txt\n  kyoto-parse check fixtures/kyoto-6227-20-annexes.txt\n  kyoto-parse country FRA fixtures/kyoto-6227-20-annexes.txt\n\nCommands: matrix, check, country, paragraph, contested, blocs, trace.\nkyoto-parse help [command] (or --help) tells more.\n";
