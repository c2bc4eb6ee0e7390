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
/**
 * Deflates what is written as it is written, and says so at once: the writer holds each piece
 * it writes until it is told, and a Node Writable would tell it only on the next tick.
 */
const entrySink = (entry) => ({
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
const entryName = (name) => name.replace(/^\/+/, '');
/** The archiver calls exceljs's WorkbookWriter makes: `pipe`, `append`, `finalize` and an `error` event. */
export class WorkbookZip extends EventEmitter {
    zip = new Zip((error, chunk, final) => {
        if (error) {
            this.emit('error', error);
            return;
        }
        this.destination?.write(chunk);
        if (final)
            this.destination?.end();
    });
    destination;
    pipe(destination) {
        this.destination = destination;
        return destination;
    }
    append(source, { name }) {
        const entry = new ZipDeflate(entryName(name), { level: 6 });
        entry.mtime = entryDate();
        this.zip.add(entry);
        if (typeof source === 'string')
            entry.push(strToU8(source), true);
        else if (source instanceof Uint8Array)
            entry.push(source, true);
        else
            source.pipe(entrySink(entry));
        return this;
    }
    finalize() {
        this.zip.end();
    }
}
