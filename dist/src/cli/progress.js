/**
 * A progress line on standard error for long runs: files done of the total, records so far and
 * the rate, drawn by cli-progress (the most used progress library for Node, plain CommonJS with
 * one dependency, running on Node 4 and later, so on Node 20 too). Only when standard error is a
 * terminal and not `--quiet`, and only once the run has taken about a second, so a quick run
 * never flickers; cleared before anything else is said at the end.
 */
import cliProgress from 'cli-progress';
/** Past this many milliseconds, the line appears (KYOTO_PARSE_PROGRESS_AFTER changes it, for the tests). */
const DEFAULT_AFTER = 1000;
export class Progress {
    io;
    total;
    enabled;
    unit;
    startedAt = Date.now();
    after;
    bar;
    done = 0;
    records = 0;
    /** `unit`: what the count after the files counts (`records`; `check`'s `findings`). */
    constructor(io, total, enabled, unit = 'records') {
        this.io = io;
        this.total = total;
        this.enabled = enabled;
        this.unit = unit;
        const after = Number(io.env.KYOTO_PARSE_PROGRESS_AFTER);
        this.after = Number.isFinite(after) && io.env.KYOTO_PARSE_PROGRESS_AFTER !== '' ? after : DEFAULT_AFTER;
    }
    /** Whether progress can be shown at all: standard error is a terminal that can redraw a line (not TERM=dumb), and not `--quiet`. */
    static wanted(io, quiet) {
        return io.stderr.isTTY === true && io.env.TERM !== 'dumb' && !quiet;
    }
    /** One more file read, which gave `records` records (or findings). */
    fileDone(records) {
        this.done++;
        this.records += records;
        if (!this.enabled)
            return;
        const elapsed = Date.now() - this.startedAt;
        if (!this.bar && elapsed >= this.after && this.done < this.total) {
            this.bar = new cliProgress.SingleBar({
                stream: this.io.stderr,
                format: `kyoto-parse: {bar} {value}/{total} files · {records} ${this.unit} · {rate} files/s`,
                barsize: 20,
                // The cursor stays: a run stopped by Ctrl-C would leave it hidden.
                hideCursor: false,
                clearOnComplete: true,
                linewrap: false,
                fps: 5,
            }, cliProgress.Presets.shades_classic);
            this.bar.start(this.total, this.done, this.payload(elapsed));
        }
        else
            this.bar?.update(this.done, this.payload(elapsed));
    }
    payload(elapsed) {
        return { records: this.records, rate: (this.done / Math.max(elapsed / 1000, 0.001)).toFixed(1) };
    }
    /** Clears the line (at the end, or when the run stops on an error). */
    end() {
        this.bar?.stop();
        this.bar = undefined;
    }
}
