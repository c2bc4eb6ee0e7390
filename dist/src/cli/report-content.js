/**
 * What `report` lays its page out from, as the CLI gathers it: the files read once for what the
 * page holds (the tallies, the positions, the counts, each paragraph's place), then read again for
 * each long list as the page is written (the paragraphs with their annotations, the findings, the
 * records of the script's cells), so that no list of them is held: memory grows with the input,
 * not with the page, which is some seventy times larger.
 */
import { readSections } from '../api.js';
import { recordFilter } from '../analyses/filter.js';
import { emptyCounts } from '../analyses/matrix.js';
import { PositionsBuilder } from '../analyses/positions.js';
import { sourceLines } from '../analyses/paragraph-detail.js';
import { checkDraftInOrder } from '../check/findings.js';
import { pairKey } from '../report/model.js';
import { addTo } from '../util/arrays.js';
import { readEachSection } from './each-section.js';
import { copyOf, paragraphShown } from './gather-records.js';
import { FilterWitness } from './lookups.js';
/**
 * Reads `files` once (the findings counted or listed on stderr as every command does), and gives
 * the report's content: `checkOptions` says how each of `files` is checked for the findings the
 * page lists (asked once a file, in order, once the files are read).
 */
export async function readReportContent(files, settings, io, summary, options) {
    const { filter } = settings;
    const passes = recordFilter(filter);
    const shown = paragraphShown(filter);
    const witness = new FilterWitness(filter);
    const readings = [];
    const sources = new Map();
    const positions = new PositionsBuilder();
    const stances = emptyCounts();
    const spans = [];
    const counts = { annotations: 0, records: 0, diagnostics: 0 };
    await readEachSection(files, settings, io, summary, options.quiet, {
        section: (part) => {
            if (part.complete) {
                witness.see([part.paragraph.id], []);
                const { file, id, startLine, endLine } = part.paragraph;
                if (shown(id))
                    spans.push({ file, id, startLine, endLine });
            }
            for (const annotation of part.annotations)
                if (shown(annotation.paragraph))
                    counts.annotations++;
            const records = part.records.filter(passes);
            witness.see([], records);
            positions.add(records);
            counts.records += records.length;
            for (const record of records)
                stances[record.stance]++;
        },
        fileDone: (draft, diagnostics, parseOptions) => {
            readings.push({ draft, options: parseOptions });
            sources.set(draft.file, draft.text);
            counts.diagnostics += diagnostics.length;
        },
    });
    // A filter that matches nothing is said on stderr; the command still runs.
    witness.end(io.stderr);
    // How each file is checked, asked once a file, in order (a notation detected is named on stderr).
    const checks = files.map((file) => {
        const text = sources.get(file) ?? '';
        return { text, options: options.checkOptions(file, text) };
    });
    const findings = function* () {
        for (const { text, options: checkOptions } of checks)
            for (const batch of checkDraftInOrder(text, checkOptions))
                yield* batch;
    };
    // The summary, at the page's head, counts them: a check of its own, as the list is not held.
    let findingCount = 0;
    for (const { text, options: checkOptions } of checks)
        for (const batch of checkDraftInOrder(text, checkOptions))
            findingCount += batch.length;
    // A file given twice gives its paragraphs twice, as the same heatmap columns: read all at once.
    const whole = new Set(readings.map(({ draft }) => draft.file)).size < readings.length;
    const built = positions.build();
    const held = {
        counts: { paragraphs: spans.length, ...counts, stances, findings: findingCount },
        positions: built,
        // The positions' table is the heatmap's tallies too.
        tallies: built.table,
        spans,
        linesOf: new Map([...sources].map(([file, text]) => [file, sourceLines(text)])),
    };
    return {
        content: {
            ...held,
            files,
            paragraphs: () => shownParagraphs(readings, shown, whole, options.heldAnnotations ?? HELD_ANNOTATIONS),
            findings,
            recordParts: () => recordParts(readings, passes, whole),
        },
        sources,
    };
}
/**
 * The paragraphs shown, read again, each with its annotations and its text: a paragraph at a time
 * where a file's paragraphs come in its text's order, each holding its own annotations (a long
 * one's from all its sections). A file read in another order (a profile's page-foot footnotes,
 * whose annotations belong to a paragraph read before them) is read whole first, and so are all
 * the files when one is given twice (its paragraphs are the same paragraphs).
 */
function* shownParagraphs(readings, shown, whole, held) {
    if (whole) {
        yield* heldParagraphs(readings.map(({ draft, options }) => readSections(draft, options)), shown);
        return;
    }
    for (const { draft, options } of readings) {
        const reading = readSections(draft, options);
        if (!reading.inTextOrder) {
            yield* heldParagraphs([reading], shown);
            continue;
        }
        // A paragraph's annotations are held up to `held`; past that, read again when asked for.
        let annotations = [];
        let first = 0;
        for (const [index, part] of enumerate(reading.sections)) {
            if (annotations && shown(part.paragraph.id)) {
                for (const annotation of part.annotations)
                    annotations.push(shownOf(annotation));
                if (annotations.length > held)
                    annotations = null;
            }
            if (!part.complete)
                continue;
            if (shown(part.paragraph.id))
                yield { paragraph: withText(part.paragraph), annotations: annotations ?? annotationsReadAgain(draft, options, first, index) };
            annotations = [];
            first = index + 1;
        }
    }
}
/**
 * A paragraph's annotations held at most (as shown, some 300 bytes each): a paragraph of more is
 * read again, from its file's start, each time they are asked for (twice: for the marks in its
 * text, then for its list), so that a file of 200,000 annotations in one paragraph holds none.
 */
const HELD_ANNOTATIONS = 1 << 16;
/** The annotations of the sections `first` to `last` of a file, read again each time they are iterated. */
function annotationsReadAgain(draft, options, first, last) {
    return {
        *[Symbol.iterator]() {
            for (const [index, part] of enumerate(readSections(draft, options).sections)) {
                if (index >= first)
                    for (const annotation of part.annotations)
                        yield shownOf(annotation);
                if (index === last)
                    return;
            }
        },
    };
}
/** Each item with its index. */
function* enumerate(items) {
    let index = 0;
    for (const item of items)
        yield [index++, item];
}
/** What the page shows of an annotation, apart from it: a long paragraph's are all held while its section is written. */
const shownOf = ({ source, line, segments }) => ({ source, line, segments: segments.map(({ stance, label, mentions }) => ({ stance, label, mentions: mentions.map(({ country }) => ({ country })) })) });
/** The paragraphs of `readings` read whole, each with the annotations of its file and ID. */
function* heldParagraphs(readings, shown) {
    const paragraphs = [];
    const annotationsOf = new Map();
    for (const reading of readings) {
        for (const part of reading.sections) {
            if (part.complete && shown(part.paragraph.id))
                paragraphs.push(withText(part.paragraph));
            for (const annotation of part.annotations)
                addTo(annotationsOf, pairKey(annotation.file, annotation.paragraph), shownOf(annotation));
        }
    }
    for (const paragraph of paragraphs)
        yield { paragraph, annotations: annotationsOf.get(pairKey(paragraph.file, paragraph.id)) ?? [] };
}
/** A plain copy of a paragraph with its text: the page shows every one. */
const withText = copyOf(() => true);
/**
 * The records that pass the filters, read again a section at a time, each part closing the run
 * no heatmap cell spans: a paragraph's where a file is read in its text's order, else
 * (shownParagraphs) a file's, or all.
 */
function* recordParts(readings, passes, whole) {
    for (const [at, { draft, options }] of readings.entries()) {
        const reading = readSections(draft, options);
        const byParagraph = !whole && reading.inTextOrder;
        let part = [];
        for (const section of reading.sections) {
            for (const record of section.records)
                if (passes(record))
                    part.push(record);
            const closes = byParagraph && section.complete;
            if (!closes && part.length < (byParagraph ? 1 : PART_RECORDS))
                continue;
            yield { records: part, closes };
            part = [];
        }
        yield { records: part, closes: !whole || at === readings.length - 1 };
    }
}
/** Records given at once where a run goes on. */
const PART_RECORDS = 4096;
