/**
 * The zip a workbook is written into: fflate's streaming zip, deflated in JavaScript as each
 * piece comes, with every entry dated 1980-01-01. It takes the place of the archiver exceljs's
 * streaming writer opens (`WorkbookWriter.zip`, not exceljs's public API), whose deflate is
 * Node's zlib: other bytes on other builds and CPUs, and run off the main thread, so that rows
 * written in a loop wait for it all together.
 */
import { EventEmitter } from 'node:events';
import { strToU8, Zip, ZipDeflate } from 'fflate';

/** 1980-01-01 00:00 in the time zone of the moment: a zip entry's date is in local time, so its fields are the same in every zone. */
const entryDate = () => new Date(1980, 0, 1);

const NONE = new Uint8Array(0);

/** What a sheet's stream (exceljs's StreamBuf) pipes to: it calls `write` and `end`, nothing else. */
interface EntrySink {
  write(chunk: Uint8Array, done?: () => void): boolean;
  end(): void;
}

/** What exceljs appends: the XML of a part as a string, or the stream a sheet is written into. */
type Source = string | Uint8Array | { pipe(sink: EntrySink): unknown };

/**
 * Deflates what is written as it is written, and says so at once: the writer holds each piece
 * it writes until it is told, and a Node Writable would tell it only on the next tick.
 */
const entrySink = (entry: ZipDeflate): EntrySink => ({
  write(chunk, done) {
    entry.push(chunk);
    done?.();
    return true;
  },
  end() {
    entry.push(NONE, true);
  },
});

/** A part's name as archiver writes it (its `sanitizePath`): no leading `/`. */
const entryName = (name: string): string => name.replace(/^\/+/, '');

/** The archiver calls exceljs's WorkbookWriter makes: `pipe`, `append`, `finalize` and an `error` event. */
export class WorkbookZip extends EventEmitter {
  private readonly zip = new Zip((error, chunk, final) => {
    if (error) {
      this.emit('error', error);
      return;
    }
    this.destination?.write(chunk);
    if (final) this.destination?.end();
  });

  private destination: NodeJS.WritableStream | undefined;

  pipe(destination: NodeJS.WritableStream): NodeJS.WritableStream {
    this.destination = destination;
    return destination;
  }

  append(source: Source, { name }: { name: string }): this {
    const entry = new ZipDeflate(entryName(name), { level: 6 });
    entry.mtime = entryDate();
    this.zip.add(entry);
    if (typeof source === 'string') entry.push(strToU8(source), true);
    else if (source instanceof Uint8Array) entry.push(source, true);
    else source.pipe(entrySink(entry));
    return this;
  }

  finalize(): void {
    this.zip.end();
  }
}
