/**
 * The zip a workbook is written into: fflate's streaming zip, deflated in JavaScript as each
 * piece comes, with every entry dated 1980-01-01. It takes the place of the archiver exceljs's
 * streaming writer opens (`WorkbookWriter.zip`, not exceljs's public API), whose deflate is
 * Node's zlib: other bytes on other builds and CPUs, and run off the main thread, so that rows
 * written in a loop wait for it all together.
 */
import { EventEmitter } from 'node:events';
/** What a sheet's stream (exceljs's StreamBuf) pipes to: it calls `write` and `end`, nothing else. */
interface EntrySink {
    write(chunk: Uint8Array, done?: () => void): boolean;
    end(): void;
}
/** What exceljs appends: the XML of a part as a string, or the stream a sheet is written into. */
type Source = string | Uint8Array | {
    pipe(sink: EntrySink): unknown;
};
/** The archiver calls exceljs's WorkbookWriter makes: `pipe`, `append`, `finalize` and an `error` event. */
export declare class WorkbookZip extends EventEmitter {
    private readonly zip;
    private destination;
    pipe(destination: NodeJS.WritableStream): NodeJS.WritableStream;
    append(source: Source, { name }: {
        name: string;
    }): this;
    finalize(): void;
}
export {};
