import { cleanTextWithStrikes } from '../util/text.js';
import { emptyCounts } from './matrix.js';
import { compareCodes, positionOf } from './positions.js';
/** A file's text split as paragraphDetail reads it: once per file, not once per paragraph. */
export const sourceLines = (source) => source?.split('\n');
/** The paragraphs whose ID is `id` (case-insensitive), in every file. */
export function findParagraphs(paragraphs, id) {
    // Case and spacing ignored: `op6bis` finds `OP6 Bis`.
    const key = (text) => text.toLowerCase().replace(/\s+/g, '');
    const wanted = key(id);
    return paragraphs.filter((p) => key(p.id) === wanted);
}
/**
 * Each delegation's stances on each paragraph, counted record by record: what paragraphDetail
 * shows of the records, so that a caller need not keep them (a paragraph may have 400,000).
 */
export class ParagraphStances {
    byParagraph = new Map();
    static of(records) {
        const stances = new ParagraphStances();
        for (const record of records)
            stances.add(record);
        return stances;
    }
    /** Records in order of position: each delegation's labels are kept in that order. */
    add(record) {
        const key = `${record.file}\u0000${record.paragraph}`;
        let byCountry = this.byParagraph.get(key);
        if (!byCountry)
            this.byParagraph.set(key, (byCountry = new Map()));
        let entry = byCountry.get(record.country);
        if (!entry) {
            entry = { country: record.country, name: record.name, counts: emptyCounts(), position: null, labels: [] };
            byCountry.set(record.country, entry);
        }
        entry.counts[record.stance] += 1;
        if (record.label !== '' && !entry.labels.includes(record.label))
            entry.labels.push(record.label);
    }
    /** The delegations with stances on the paragraph, sorted by code, each with its position. */
    of(paragraph) {
        const delegations = [...(this.byParagraph.get(`${paragraph.file}\u0000${paragraph.id}`)?.values() ?? [])].sort((a, b) => compareCodes(a.country, b.country));
        for (const entry of delegations)
            entry.position = positionOf(entry.counts);
        return delegations;
    }
}
/**
 * `lines`: the paragraph's file split at `\n` (sourceLines), for its struck runs; without them the
 * text is one unstruck run. `records`: its records, or their stances as counted (ParagraphStances).
 */
export function paragraphDetail(paragraph, lines, records) {
    const stances = records instanceof ParagraphStances ? records : ParagraphStances.of(records);
    return {
        file: paragraph.file, paragraph: paragraph.id, label: paragraph.label,
        startLine: paragraph.startLine, endLine: paragraph.endLine, text: paragraph.text,
        segments: paragraphRuns(paragraph, lines),
        delegations: stances.of(paragraph),
    };
}
/** The paragraph's text in struck and unstruck runs, read from `lines` (its file split at `\n`); one unstruck run without them. */
export function paragraphRuns(paragraph, lines) {
    return lines === undefined ? [{ text: paragraph.text, struck: false }] : struckSegments(lines, paragraph);
}
/**
 * The paragraph's text cut into struck and unstruck runs: the lines of the paragraph cleaned as
 * `cleanText` cleans them, each character knowing whether it lay between `~~` marks; the run
 * that gives `Paragraph.text` is then taken from them (a paragraph may start mid-line).
 */
function struckSegments(lines, paragraph) {
    const { text: folded, struck: flags } = cleanTextWithStrikes(lines.slice(paragraph.startLine - 1, paragraph.endLine).join('\n'));
    let start = folded.indexOf(paragraph.text);
    let end = start + paragraph.text.length;
    if (paragraph.text === '' || start < 0) {
        // Not expected; fall back on the trimmed lines.
        start = folded.length - folded.trimStart().length;
        end = folded.trimEnd().length;
    }
    // Each run sliced whole: a run grown a character at a time is a rope of a node per character.
    const segments = [];
    let runStart = start;
    for (let i = start + 1; i <= end; i++) {
        if (i < end && flags[i] === flags[runStart])
            continue;
        segments.push({ text: folded.slice(runStart, i), struck: flags[runStart] === 1 });
        runStart = i;
    }
    return segments;
}
