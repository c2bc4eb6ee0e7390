import { PLAIN } from './terminal/colour.js';
import { plural } from './terminal/plural.js';
import { renderTable } from './terminal/table.js';
import { textWidth, truncate } from './terminal/width.js';
import { sideBySide, wordDiff } from './terminal/word-diff.js';
import { wrapText } from './terminal/wrap.js';
export const ATTAINMENT = 'attainment = (yes + ½ · partly + oppositions upheld) / (proposals + oppositions)';
/**
 * `trace` for the terminal. Without a view, the overview: what was traced, the delegations'
 * tallies, then the proposals that survived and failed most clearly, each beside the later
 * wording with the difference marked word by word. With a view, that view as a table.
 */
export function formatTraceTable(output, { chalk, width }) {
    const { view, trace } = output;
    let lines;
    if (view === 'paragraphs') {
        lines = trace.paragraphs.length === 0 ? ['No paragraph traced.'] : fitTable([
            { header: 'draft', min: 4, max: 16 }, { header: 'line', align: 'right' }, { header: 'later', min: 4, max: 12 },
            { header: 'line', align: 'right' }, { header: 'relation' }, { header: 'similarity', align: 'right', min: 4 },
        ], trace.paragraphs.map((l) => [
            l.draftParagraph, String(l.draftLine), l.laterParagraph ?? '', l.laterLine === null ? '' : String(l.laterLine),
            { text: l.relation, style: l.relation === 'dropped' ? chalk.red : undefined }, l.relation === 'dropped' ? '' : l.similarity.toFixed(2),
        ]), width, chalk);
    }
    else if (view === 'proposals') {
        lines = trace.proposals.length === 0 ? ['No proposal traced.'] : fitTable([
            { header: 'paragraph', min: 4, max: 14 }, { header: 'line', align: 'right' }, { header: 'codes', min: 5, max: 24 },
            { header: 'kind', min: 4 }, { header: 'survived' }, { header: 'score', align: 'right' }, { header: 'later', min: 4, max: 10 },
            { header: 'text', min: 8 },
        ], trace.proposals.map((p) => [
            p.draftParagraph, String(p.line), p.codes.join(','), p.kind, { text: p.survived, style: survivalStyle(chalk, p.survived) },
            p.score.toFixed(2), p.laterParagraph ?? '', p.text,
        ]), width, chalk);
    }
    else if (view === 'delegations') {
        lines = delegationTable(trace.delegations, width, chalk);
    }
    else {
        lines = overview(output, width, chalk);
    }
    return `${lines.join('\n')}\n`;
}
function overview(output, width, chalk) {
    const { trace, draft, later, base, examples } = output;
    const { proposals } = trace;
    // The examples are the shown delegations' own proposals (with --country, theirs, not those they opposed).
    const shown = new Set(trace.delegations.map((d) => d.code));
    const own = proposals.filter((p) => p.codes.some((code) => shown.has(code)));
    const count = (s) => proposals.filter((p) => p.survived === s).length;
    const paragraphs = new Set(proposals.map((p) => p.draftParagraph)).size;
    const out = [
        ...wrapText(`Who prevailed: ${fileName(draft)} traced into ${fileName(later)}`, width).map((l) => chalk.bold(l)),
        ...(base ? wrapText(`Base (the clean text the draft annotates): ${fileName(base)}`, width) : []),
        ...wrapText(`${plural(proposals.length, 'proposal')} in ${plural(paragraphs, 'paragraph')}: ${count('yes')} survived, ${count('partly')} partly, ${count('no')} not.`, width),
        ...wrapText(ATTAINMENT, width).map((l) => chalk.dim(l)),
        '',
        ...delegationTable(trace.delegations, width, chalk),
    ];
    if (examples === 0)
        return out;
    // Clearest: a score far from the verdict's threshold (for a deletion the score is the struck
    // wording's presence). Among the clearest, an example that can be read beside the later text
    // first: one of at most 60 words, and for a change that got in, one that is not a deletion; for
    // one that failed, a deletion (the struck wording stands) or one with wording standing in its place.
    const words = (text) => (text === '' ? 0 : text.split(/\s+/).length);
    const clear = (p) => Math.round(10 * (p.kind === 'delete' ? 1 - p.score : p.score));
    const fits = (p) => Number(words(p.text) <= 60);
    const successes = own.filter((p) => p.survived === 'yes')
        .sort((a, b) => clear(b) - clear(a) || fits(b) - fits(a) || Number(a.kind === 'delete') - Number(b.kind === 'delete')
        || words(b.text) - words(a.text) || a.line - b.line || a.column - b.column)
        .slice(0, examples);
    const standing = (p) => Number(p.kind === 'delete' || words(p.laterText) >= 3);
    const failures = own.filter((p) => p.survived === 'no')
        .sort((a, b) => clear(a) - clear(b) || fits(b) - fits(a) || standing(b) - standing(a)
        || words(b.text) - words(a.text) || a.line - b.line || a.column - b.column)
        .slice(0, examples);
    for (const [title, shown] of [['Survived most clearly', successes], ['Failed most clearly', failures]]) {
        if (shown.length === 0)
            continue;
        out.push('', ...wrapText(title, width).map((l) => chalk.bold.underline(l)));
        for (const p of shown)
            out.push('', ...example(p, width, chalk));
    }
    return out;
}
/** One proposal: a heading line, then its wording beside the later wording, the difference marked. */
function example(p, width, chalk) {
    const by = p.codes.length > 0 ? ` by ${p.codes.join(', ')}` : '';
    const heading = `${p.draftParagraph}, line ${p.line}: ${p.kind}${by} · survived ${p.survived} (score ${p.score.toFixed(2)})`;
    const against = p.opponents.length > 0 ? [`opposed by ${p.opponents.join(', ')}`] : [];
    const diff = wordDiff(p.text, p.laterText, chalk);
    const where = p.laterParagraph === null ? 'later text: nothing aligned' : `later text: ${p.laterParagraph}, line ${p.laterLine}`;
    return [
        ...wrapText(heading, width).map((l) => survivalStyle(chalk, p.survived)(l)),
        ...against.flatMap((l) => wrapText(l, width)).map((l) => chalk.dim(l)),
        ...sideBySide({ title: p.kind === 'delete' ? 'struck in the draft' : 'draft', words: diff.before }, { title: where, words: diff.after }, width, chalk),
    ];
}
function delegationTable(tallies, width, chalk) {
    if (tallies.length === 0)
        return ['No delegation made or opposed a proposal.'];
    // Attainment next to the code: where the width runs out, the columns after it go first.
    return fitTable([
        { header: 'code', min: 3 }, { header: 'attainment', align: 'right', min: 6 }, { header: 'proposals', align: 'right', min: 5 },
        { header: 'yes', align: 'right' }, { header: 'partly', align: 'right', min: 4 }, { header: 'no', align: 'right' },
        { header: 'deleted', align: 'right', min: 5 }, { header: 'opposed', align: 'right', min: 5 },
    ], tallies.map((t) => [
        t.code, `${(100 * t.attainment).toFixed(1)} %`, String(t.proposals), { text: String(t.yes), style: chalk.green }, String(t.partly),
        { text: String(t.no), style: chalk.red }, `${t.deletionsAchieved}/${t.deletionsSought}`, `${t.oppositionsUpheld}/${t.oppositions}`,
    ]), width, chalk).concat(wrapText('deleted: deletions achieved / sought; opposed: oppositions upheld / made', width).map((l) => chalk.dim(l)));
}
/** renderTable, and where even its narrowest columns pass `width`, the table without colour, each line cut to the width. */
function fitTable(columns, rows, width, chalk) {
    const plain = renderTable(columns, rows, width, PLAIN);
    if (plain.every((line) => textWidth(line) <= width))
        return renderTable(columns, rows, width, chalk);
    return plain.map((line) => truncate(line, width));
}
function survivalStyle(chalk, survived) {
    return survived === 'yes' ? chalk.green : survived === 'no' ? chalk.red : chalk.yellow;
}
const fileName = ({ file, lines }) => `${file === '-' ? 'standard input' : file}${lines ? ` (lines ${lines.from}-${lines.to})` : ''}`;
