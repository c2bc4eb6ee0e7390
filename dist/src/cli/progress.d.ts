import type { CliIo } from './cli-io.js';
export declare class Progress {
    private readonly io;
    private readonly total;
    private readonly enabled;
    private readonly unit;
    private readonly startedAt;
    private readonly after;
    private bar?;
    private done;
    private records;
    /** `unit`: what the count after the files counts (`records`; `check`'s `findings`). */
    constructor(io: CliIo, total: number, enabled: boolean, unit?: string);
    /** Whether progress can be shown at all: standard error is a terminal that can redraw a line (not TERM=dumb), and not `--quiet`. */
    static wanted(io: CliIo, quiet: boolean | undefined): boolean;
    /** One more file read, which gave `records` records (or findings). */
    fileDone(records: number): void;
    private payload;
    /** Clears the line (at the end, or when the run stops on an error). */
    end(): void;
}
