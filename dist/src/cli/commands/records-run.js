/**
 * What the main command and `matrix` run. The records CSV and JSON go out file by file, paragraph
 * by paragraph, so memory holds one file however many there are (the JSON: every file's text);
 * the matrices hold a tally a cell; the table and the workbook need all the records at once.
 */
import { recordFilter } from '../../analyses/filter.js';
import { readSections } from '../../api.js';
import { recordsJsonStream } from '../../formatters/records-json.js';
import { appendAll, inBatches } from '../../util/arrays.js';
import { MATRIX_FORMATS, RECORDS_FORMATS, RECORDS_STREAM, REPORT_OF_COUNTS } from '../../formatters/registry.js';
import { assertApplicable } from '../applicable.js';
import { toTerminal } from '../cli-io.js';
import { batchedWrite, deliverStream } from '../delivery.js';
import { DiagnosticsSummary } from '../diagnostics.js';
import { readEachSection } from '../each-section.js';
import { FilterWitness, paragraphKey } from '../lookups.js';
import { gatherRecords, gatherReport, gatherTallies } from '../gather-records.js';
import { checkInputs } from '../inputs.js';
import { BOM, checkBinaryDestination, checkBom, formatAndDeliver, formatBinaryAndDeliver, formatContext } from '../format-output.js';
import { recordSettings } from '../settings.js';
/** The main command's matrix formats, as `matrix` names them: made from tallies, not every record. */
const MATRIX_OF_RECORDS = { matrix: 'table', 'matrix-csv': 'csv', 'matrix-json': 'json' };
const diagnosticsSummary = (options, files, io) => new DiagnosticsSummary({ listAll: options.diagnostics === true, quiet: options.quiet, files }, io);
export async function runRecords({ files, options, io, config }) {
    const format = options.format ?? (toTerminal(io, options.output) ? 'report' : 'csv');
    checkBom(options, format);
    if (format === 'xlsx')
        checkBinaryDestination(options, io, format);
    assertApplicable(options, {
        name: format === 'report' ? 'table' : format,
        chosen: options.format ? undefined : `the default when ${options.output ? 'writing to a file' : 'standard output is not a terminal'}`,
        terminal: format === 'report' || format === 'matrix',
        csvText: format === 'csv',
        matrix: format !== 'csv' && format !== 'json' && format !== 'xlsx',
    });
    const settings = recordSettings(options, config);
    if (format === 'csv')
        return streamRecordsCsv({ files, options, io }, settings);
    if (format === 'json')
        return streamRecordsJson({ files, options, io }, settings);
    const summary = diagnosticsSummary(options, files, io);
    const matrixFormat = MATRIX_OF_RECORDS[format];
    if (matrixFormat) {
        const { result } = await gatherTallies(files, settings, io, summary, { quiet: options.quiet });
        return formatAndDeliver(MATRIX_FORMATS[matrixFormat], result, summary, options, files, io);
    }
    if (format === 'report') {
        const gathered = await gatherReport(files, settings, io, summary, { quiet: options.quiet });
        return formatAndDeliver(REPORT_OF_COUNTS, gathered, summary, options, files, io);
    }
    if (format === 'xlsx') {
        const { recordsWorkbookAsRead } = await import('../../formatters/xlsx.js');
        const reading = async (seeRecords) => (await gatherTallies(files, settings, io, summary, { quiet: options.quiet, seeRecords })).result;
        return formatBinaryAndDeliver(recordsWorkbookAsRead, reading, summary, options, files, io);
    }
    const { result } = await gatherRecords(files, settings, io, summary, { quiet: options.quiet });
    await formatAndDeliver(RECORDS_FORMATS[format], result, summary, options, files, io);
}
export async function runMatrix({ files, options, io, config }) {
    checkBom(options);
    if (options.format === 'xlsx')
        checkBinaryDestination(options, io, options.format);
    assertApplicable(options, { name: options.format, terminal: options.format === 'table', csvText: false, matrix: true });
    const summary = diagnosticsSummary(options, files, io);
    if (options.format === 'xlsx') {
        const { result } = await gatherTallies(files, recordSettings(options, config), io, summary, { quiet: options.quiet });
        const { matrixWorkbook } = await import('../../formatters/xlsx.js');
        return formatBinaryAndDeliver(matrixWorkbook, result, summary, options, files, io);
    }
    const { result } = await gatherTallies(files, recordSettings(options, config), io, summary, { quiet: options.quiet });
    await formatAndDeliver(MATRIX_FORMATS[options.format], result, summary, options, files, io);
}
/**
 * The records CSV, one file at a time: each file is read, parsed, filtered, written and dropped
 * before the next. The text is the same as formatting the merged records (a file's records come
 * sorted, files in argument order). Every input is checked first, so a missing file or a
 * directory stops the command before any output; a fault only reading shows (a binary file)
 * stops it half-way, at a file boundary, and then `-o FILE` is left untouched.
 */
async function streamRecordsCsv({ files, options, io }, settings) {
    checkInputs(files, io);
    const csv = RECORDS_STREAM(formatContext(options, io, false));
    const diagnostics = diagnosticsSummary(options, files, io);
    const witness = new FilterWitness(settings.filter);
    const passes = recordFilter(settings.filter);
    await deliverStream({ output: options.output, inputs: files, io }, async (write) => {
        const out = batchedWrite(write);
        // The header goes out with the first file's rows: a first file that cannot be read leaves no output.
        await out.add((options.bom ? BOM : '') + csv.start());
        await readEachSection(files, settings, io, diagnostics, options.quiet, {
            section: async (part) => {
                const records = part.records.filter(passes);
                witness.see([part.paragraph.id], records);
                for (const batch of inBatches(records))
                    await out.add(csv.add(batch));
            },
            fileDone: () => out.flush(),
        });
        const tail = csv.end();
        if (tail)
            await write(tail);
    });
    witness.end(io.stderr);
    diagnostics.end();
}
/**
 * The records JSON as it is read: its paragraphs come before its records, so each file is read
 * twice, once for the paragraphs (and the findings), then again, the same way, for the records.
 * Memory holds the files' texts and the diagnostics, never every record. Faults stop it as they
 * stop the CSV.
 */
async function streamRecordsJson({ files, options, io }, settings) {
    const { filter } = settings;
    checkInputs(files, io);
    const json = recordsJsonStream({ diagnostics: true });
    const diagnostics = diagnosticsSummary(options, files, io);
    const witness = new FilterWitness(filter);
    const passes = recordFilter(filter);
    const wanted = filter.paragraphs && new Set([...filter.paragraphs].map(paragraphKey));
    const read = [];
    const parserDiagnostics = [];
    await deliverStream({ output: options.output, inputs: files, io }, async (write) => {
        const out = batchedWrite(write);
        await out.add(json.start());
        await readEachSection(files, settings, io, diagnostics, options.quiet, {
            section: async (part) => {
                witness.see([part.paragraph.id], []);
                if (part.complete && (!wanted || wanted.has(paragraphKey(part.paragraph.id))))
                    await out.add(json.add({ paragraphs: [part.paragraph] }));
            },
            fileDone: (draft, _found, parseOptions) => {
                read.push({ draft, options: parseOptions });
            },
        });
        for (const { draft, options: parseOptions } of read) {
            const reading = readSections(draft, parseOptions);
            for (const part of reading.sections) {
                const records = part.records.filter(passes);
                witness.see([], records);
                for (const batch of inBatches(records))
                    await out.add(json.add({ records: batch }));
            }
            // The second reading's, the same as the first's: the first reading's are let go with it.
            appendAll(parserDiagnostics, reading.diagnostics());
        }
        for (const batch of inBatches(parserDiagnostics))
            await out.add(json.add({ diagnostics: batch }));
        await out.add(json.end());
        await out.flush();
    });
    witness.end(io.stderr);
    diagnostics.end();
}
