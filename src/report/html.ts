/**
 * The report as one self-contained HTML page: styles, script and data inline, charts as SVG, no
 * request to any address. The same model gives the same bytes.
 *
 * The contract for tests and scripts (README, "A report to look at"): every non-empty heatmap cell
 * has `data-country`, `data-paragraph` and `data-stances`; the detail panel is `[data-detail]`; the
 * trace is `[data-trace]` with one `[data-delegation]` per delegation.
 */
import { diffWords } from 'diff';
import { cellLetters, cellTotal, STANCE_LETTERS } from '../analyses/matrix.js';
import { paragraphRuns } from '../analyses/paragraph-detail.js';
import { STANCES, type Stance, type StanceRecord } from '../types.js';
import type { Proposal } from '../trace/types.js';
import { agreementLegendSvg, agreementSvg, attainmentSvg, dendrogramSvg } from './charts.js';
import { escapeHtml as esc, scriptJson } from './escape.js';
import { cellRecords, columnAnchor, reportParagraphs, type ReportFinding, type ReportModel, type ReportParagraph, type ShownAnnotation } from './model.js';
import { REPORT_SCRIPT } from './script.js';
import { REPORT_STYLES } from './styles.js';

const STANCE_NAMES: Record<Stance, string> = { support: 'support', oppose: 'oppose', delete: 'delete', other: 'other' };
const LETTER_NAMES: Record<string, string> = Object.fromEntries(STANCES.map((s) => [STANCE_LETTERS[s], STANCE_NAMES[s]]));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The page in pieces (the head, each heatmap row, each paragraph…): the same model gives the same text. */
export function* reportPieces(model: ReportModel): Generator<string> {
  const { content } = model;
  const title = `Stances in ${content.files.join(', ')}`;
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
<a class="skip" href="#heatmap">Skip to the heatmap</a>
<header><h1>${esc(title)}</h1>
<nav aria-label="Sections"><a href="#summary">Summary</a> <a href="#heatmap">Heatmap</a> <a href="#paragraphs">Paragraphs</a> <a href="#contested">Contested</a> <a href="#blocs">Blocs</a> <a href="#findings">Findings</a>${content.trace ? ' <a href="#trace">Trace</a>' : ''}</nav></header>
<main>
${summary(model)}
`;
  yield* heatmap(model);
  yield '\n';
  yield* paragraphs(model);
  yield `\n${contested(model)}\n${blocs(model)}\n`;
  yield* findings(model);
  yield '\n';
  if (content.trace) yield* trace(model);
  yield `
</main>
<footer>Made by ${esc(content.generator)} from ${esc(content.files.join(', '))}.</footer>
<script type="application/json" id="report-data">`;
  yield* clientData(model);
  yield `</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function summary(model: ReportModel): string {
  const { counts } = model.content;
  const items = [
    ['Paragraphs', counts.paragraphs],
    ['Annotations', counts.annotations],
    ['Delegations', model.matrix.rows.length],
    ['Records', counts.records],
    ...STANCES.map((stance) => [`${STANCE_LETTERS[stance]} ${stance}`, counts.stances[stance]]),
    ['Findings', counts.findings],
    ['Diagnostics', counts.diagnostics],
  ] as const;
  return `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>
<dl class="summary">${items.map(([k, v]) => `<div><dt>${esc(String(k))}</dt><dd>${v}</dd></div>`).join('')}</dl></section>`;
}

function legend(): string {
  return `<ul class="legend" aria-label="Legend">${STANCES.map((s) => `<li><span class="cell s-${STANCE_LETTERS[s]}">${STANCE_LETTERS[s]}</span> ${STANCE_NAMES[s]}</li>`).join('')}<li><span class="cell s-SD">SD</span> several stances (each letter)</li></ul>`;
}

/** Empty cells written at once. */
const EMPTY_AT_ONCE = 4096;

function* heatmap(model: ReportModel): Generator<string> {
  const { matrix, blocOrder } = model;
  yield `<section id="heatmap" aria-labelledby="heatmap-h"><h2 id="heatmap-h">Heatmap: delegations × paragraphs</h2>
<p class="hint">Each cell holds a delegation's stance letters on a paragraph. Hover or focus a cell for its stances and labels; click it or press Enter for its records. Arrow keys move between cells; Escape closes the detail.</p>
${legend()}
<form class="controls" role="search" aria-label="Filter the heatmap" onsubmit="return false">
<label>Delegations <input type="search" id="filter-delegations" placeholder="e.g. EU, USA, Japan" autocomplete="off"></label>
<label>Paragraphs <input type="search" id="filter-paragraphs" placeholder="e.g. OP1, PP" autocomplete="off"></label>
<fieldset><legend>Rows</legend><label><input type="radio" name="order" value="bloc" checked> by bloc</label> <label><input type="radio" name="order" value="alpha"> alphabetically</label></fieldset>
<output id="filter-status" aria-live="polite"></output>
</form>
<div class="heatmap-wrap" tabindex="-1">
<table class="heatmap" role="grid" aria-label="Stance heatmap: ${matrix.rows.length} delegations by ${matrix.columnCount} paragraphs" aria-rowcount="${matrix.rows.length + 1}">
<thead><tr><th scope="col" class="corner">Delegation</th>`;
  // A cell a piece: a draft of 200,000 paragraphs has rows of 200,000 cells, and delivery gathers pieces.
  for (let c = 0; c < matrix.columnCount; c++) {
    const anchor = columnAnchor(model, c);
    const label = esc(matrix.column(c).key);
    const link = anchor ? `<a href="#${anchor}">${label}</a>` : label;
    yield `<th scope="col" id="col${c}" data-col="${c}"><span>${link}</span></th>`;
  }
  yield `</tr></thead>
<tbody>
`;
  // One cell of the grid is in the tab order (roving tabindex): the first with records.
  const tabStop = { given: false };
  yield* joinedLines(blocOrder, (r, rank) => heatmapRow(model, r, rank, tabStop));
  yield `
</tbody></table></div>
<div id="tooltip" role="tooltip" hidden></div>
<aside data-detail id="detail" hidden aria-labelledby="detail-h" aria-live="polite" tabindex="-1"><button type="button" class="close" aria-label="Close the detail">×</button><h3 id="detail-h"></h3><ol class="records"></ol></aside>
</section>`;
}

/** `count` empty cells, at most EMPTY_AT_ONCE to a piece. */
function* emptyCells(count: number): Generator<string> {
  for (let left = count; left > 0; left -= EMPTY_AT_ONCE) yield '<td></td>'.repeat(Math.min(left, EMPTY_AT_ONCE));
}

/** One delegation's heatmap row: a cell for every column, empty where it has no records. */
function* heatmapRow(model: ReportModel, r: number, rank: number, tabStop: { given: boolean }): Generator<string> {
  const { matrix, blocOf } = model;
  const row = matrix.rows[r];
  const bloc = blocOf.get(row.country) ?? 0;
  yield `<tr data-row="${r}" data-alpha="${r}" data-bloc-rank="${rank}" data-bloc="${bloc}"><th scope="row" title="${esc(row.name)}"><span class="bloc b${bloc % 8}">${bloc > 0 ? `B${bloc}` : '–'}</span> ${esc(row.country)}</th>`;
  let next = 0;
  for (const { index: c, counts } of matrix.rowCells(r)) {
    yield* emptyCells(c - next);
    next = c + 1;
    const letters = cellLetters(counts);
    const column = matrix.column(c);
    const spoken = [...letters].map((l) => LETTER_NAMES[l]).join(', ');
    const tab = tabStop.given ? '-1' : '0';
    tabStop.given = true;
    yield `<td class="s-${letters}" tabindex="${tab}" data-country="${esc(row.country)}" data-paragraph="${esc(column.paragraph)}"${matrix.multiFile ? ` data-file="${esc(column.file)}"` : ''} data-stances="${letters}" data-col="${c}" aria-label="${esc(`${row.country} on ${column.key}: ${spoken}${cellTotal(counts) > letters.length ? ` (${cellTotal(counts)} records)` : ''}`)}">${letters}</td>`;
  }
  yield* emptyCells(matrix.columnCount - next);
  yield '</tr>';
}

/** `items.map(render).join('\n')`, an item (or each piece `render` gives of it) a piece. */
function* joinedLines<T>(items: Iterable<T>, render: (item: T, index: number) => string | Iterable<string>): Generator<string> {
  let index = 0;
  for (const item of items) {
    if (index > 0) yield '\n';
    const rendered = render(item, index++);
    if (typeof rendered === 'string') yield rendered;
    else yield* rendered;
  }
}

/**
 * What the script reads, as JSON written in pieces: the rows and columns, each cell's records as
 * [stance letter, label, excerpt, line, raw, struck] with the label and excerpt as indices into
 * `strings` (an excerpt is shared by every delegation of its annotation), and the agreement pairs
 * as [a, b, agreed, shared]. The records are read twice: for the strings, then for the cells.
 */
function* clientData(model: ReportModel): Generator<string> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (text: string) => {
    let at = index.get(text);
    if (at === undefined) {
      at = strings.length;
      strings.push(text);
      index.set(text, at);
    }
    return at;
  };
  for (const [, pairs] of cellRecords(model, (r) => [r.label, r.excerpt])) {
    for (const [label, excerpt] of pairs) {
      intern(label!);
      intern(excerpt!);
    }
  }
  yield `{"rows":${scriptJson(model.matrix.rows.map((r) => [r.country, r.name]))}`;
  yield ',"columns":[';
  for (let c = 0; c < model.matrix.columnCount; c++) {
    const { key, file } = model.matrix.column(c);
    yield `${c > 0 ? ',' : ''}${scriptJson([key, columnAnchor(model, c) ?? '', file])}`;
  }
  yield ']';
  yield `,"strings":${scriptJson(strings)},"cells":{`;
  let first = true;
  // Each record's array as JSON (JSON.stringify of the cell's array is theirs joined by commas).
  const tuple = (r: StanceRecord) => scriptJson([STANCE_LETTERS[r.stance], index.get(r.label)!, index.get(r.excerpt)!, r.line, r.raw, r.struck ? 1 : 0]);
  for (const [key, records] of cellRecords(model, tuple)) {
    yield `${first ? '' : ','}${scriptJson(key)}:[${records.join(',')}]`;
    first = false;
  }
  yield `},"pairs":${scriptJson(model.agreement.pairs.map((p) => [p.a, p.b, p.agreed, p.shared]))}}`;
}

function* paragraphs(model: ReportModel): Generator<string> {
  yield `<section id="paragraphs" aria-labelledby="paragraphs-h"><h2 id="paragraphs-h">Paragraphs</h2>
<p class="hint">Struck text is <del>struck</del>; each annotation is <mark>marked</mark> with its number, listed under the paragraph with its delegations.</p>
`;
  yield* joinedLines(reportParagraphs(model), (p) => paragraphSection(model, p));
  yield '</section>';
}

/** A paragraph's section: its text marked, then its annotations (a paragraph of 200,000 lines has as many), in pieces. */
function* paragraphSection(model: ReportModel, p: ReportParagraph): Generator<string> {
  const { paragraph } = p;
  const where = `${model.matrix.multiFile ? `${paragraph.file}, ` : ''}line${paragraph.startLine === paragraph.endLine ? ` ${paragraph.startLine}` : `s ${paragraph.startLine}–${paragraph.endLine}`}`;
  const back = p.column !== null ? ` <a class="back" href="#col${p.column}">↑ heatmap column</a>` : '';
  yield `<article id="${p.anchor}" class="paragraph" aria-labelledby="${p.anchor}-h"><h3 id="${p.anchor}-h">${esc(paragraph.id)} <span class="where">${esc(where)}</span>${back}</h3>
<p class="text">`;
  yield* markedText(paragraphRuns(paragraph, model.content.linesOf.get(paragraph.file)), p.annotations, p.anchor);
  yield '</p>';
  let count = 0;
  for (const a of p.annotations) {
    const n = ++count;
    yield `${n === 1 ? '<ol class="annotations">' : ''}<li id="${p.anchor}-a${n}" value="${n}"><code>${esc(a.source)}</code> <span class="where">line ${a.line}</span>${a.segments.map((s) => `<span class="segment"><span class="cell s-${STANCE_LETTERS[s.stance]}" aria-label="${s.stance}">${STANCE_LETTERS[s.stance]}</span> ${esc(s.label || '(bare codes)')}: ${s.mentions.map((m) => esc(m.country)).join(', ')}</span>`).join('')}</li>`;
  }
  if (count > 0) yield '</ol>';
  yield '</article>';
}

/**
 * The paragraph's text with struck runs in `<del>` and each annotation found in it (its source
 * with white space folded, in order) in a `<mark>` numbered as the list below it, a run at a time:
 * the runs are cut where the text's struck runs or the marks begin or end.
 */
function* markedText(segments: readonly { text: string; struck: boolean }[], annotations: Iterable<ShownAnnotation>, anchor: string): Generator<string> {
  const text = segments.map((s) => s.text).join('');
  // Where the struck state changes: [start, end) runs of one state.
  const struckRuns: { end: number; struck: boolean }[] = [];
  let offset = 0;
  for (const segment of segments) {
    offset += segment.text.length;
    if (segment.text.length === 0) continue;
    const last = struckRuns[struckRuns.length - 1];
    if (last && last.struck === segment.struck) last.end = offset;
    else struckRuns.push({ end: offset, struck: segment.struck });
  }
  // Each annotation found, in order and apart: [start, end) and its number.
  const marks: { start: number; end: number; number: number }[] = [];
  let from = 0;
  let number = 0;
  for (const a of annotations) {
    number++;
    const source = a.source.replace(/~~/g, '').replace(/\s+/g, ' ').trim();
    const at = source === '' ? -1 : text.indexOf(source, from);
    if (at < 0) continue;
    marks.push({ start: at, end: at + source.length, number });
    from = at + source.length;
  }
  let run = 0;
  let mark = 0;
  let k = 0;
  while (k < text.length) {
    while (struckRuns[run]!.end <= k) run++;
    while (mark < marks.length && marks[mark]!.end <= k) mark++;
    const inMark = mark < marks.length && marks[mark]!.start <= k ? marks[mark]! : null;
    const end = Math.min(struckRuns[run]!.end, inMark ? inMark.end : mark < marks.length ? marks[mark]!.start : text.length);
    let piece = esc(text.slice(k, end));
    if (struckRuns[run]!.struck) piece = `<del>${piece}</del>`;
    if (inMark) {
      piece = `<mark>${piece}</mark>`;
      if (k === inMark.start) piece = `<a class="note" href="#${anchor}-a${inMark.number}" aria-label="annotation ${inMark.number}">${inMark.number}</a>${piece}`;
    }
    yield piece;
    k = end;
  }
}

function contested(model: ReportModel): string {
  const rows = model.contested.map((c) => {
    // A contested paragraph has records, and so a heatmap column.
    const column = model.matrix.findColumn(c.file, c.paragraph);
    const anchor = column === undefined ? null : columnAnchor(model, column);
    const name = anchor ? `<a href="#${anchor}">${esc(c.key)}</a>` : esc(c.key);
    return `<tr><td>${c.rank}</td><th scope="row">${name}</th><td>${c.score.toFixed(2)}</td><td>${plural(c.supporters.length, 'for', 'for')}: ${esc(c.supporters.join(', '))}</td><td>${plural(c.opponents.length, 'against', 'against')}: ${esc(c.opponents.join(', '))}</td><td>${esc(c.mixed.join(', '))}</td></tr>`;
  }).join('\n');
  return `<section id="contested" aria-labelledby="contested-h"><h2 id="contested-h">Contested paragraphs</h2>
<p class="hint">As <code>kyoto-parse contested</code> ranks them: contention = 2·F·A / (F + A), F the delegations for, A against (oppose or delete); paragraphs with no fight are left out.</p>
${rows ? `<div class="scroll"><table class="list"><thead><tr><th scope="col">Rank</th><th scope="col">Paragraph</th><th scope="col">Score</th><th scope="col">For</th><th scope="col">Against</th><th scope="col">Mixed</th></tr></thead><tbody>${rows}</tbody></table></div>` : '<p>No paragraph has delegations on both sides.</p>'}
</section>`;
}

function blocs(model: ReportModel): string {
  const { blocs: b, agreement, dendrogram, blocOf } = model;
  const order = [...b.order, ...b.unclustered];
  const list = b.clusters.map((cluster, i) => `<li><span class="bloc b${(i + 1) % 8}">B${i + 1}</span> ${esc(cluster.join(', '))}</li>`).join('');
  return `<section id="blocs" aria-labelledby="blocs-h"><h2 id="blocs-h">Blocs</h2>
<p class="hint">As <code>kyoto-parse blocs</code> computes them: agreement = the share of the paragraphs both took a side on where they took the same one (pairs with fewer than ${agreement.minShared} shared paragraphs have no score); blocs by average-linkage clustering on 1 − agreement, cut below 0.5.</p>
${b.clusters.length > 0 ? `<ol class="blocs">${list}</ol>` : '<p>No blocs: no pair of delegations shares enough paragraphs.</p>'}
${b.unclustered.length > 0 ? `<p>Not clustered (no scored pair): ${esc(b.unclustered.join(', '))}</p>` : ''}
<div class="charts">${order.length > 1 ? `<figure><figcaption>Agreement matrix (rows and columns in bloc order)</figcaption>${agreementLegendSvg()}<div class="scroll">${agreementSvg(agreement, order)}</div></figure>` : ''}
${dendrogram ? `<figure><figcaption>Dendrogram (distance 1 − agreement)</figcaption>${dendrogramSvg(dendrogram, blocOf)}</figure>` : ''}</div>
</section>`;
}

function* findings(model: ReportModel): Generator<string> {
  yield `<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>
<p class="hint">What <code>kyoto-parse check</code> reports, each with its line and the paragraph it is in.</p>
`;
  if (model.content.counts.findings === 0) {
    yield '<p>No findings.</p></section>';
    return;
  }
  yield '<ol class="findings">';
  yield* joinedLines(model.content.findings(), (finding) => findingItem(model, model.findingPlaces.of(finding)));
  yield '</ol></section>';
}

function findingItem(model: ReportModel, { finding, quote, paragraphAnchor, paragraph }: ReportFinding): string {
  const where = `${model.content.files.length > 1 ? `${finding.file}:` : ''}${finding.line}:${finding.column}`;
  const link = paragraphAnchor ? ` <a href="#${paragraphAnchor}">${esc(paragraph!)}</a>` : '';
  return `<li class="${finding.severity}"><span class="sev">${finding.severity}</span> <span class="where">line ${esc(where)}</span>${link} <code>${esc(finding.rule)}</code> ${esc(finding.message)}${quote.join('') ? `<pre>${esc(quote[0])}<mark>${esc(quote[1])}</mark>${esc(quote[2])}</pre>` : ''}</li>`;
}

function* trace(model: ReportModel): Generator<string> {
  const t = model.content.trace!;
  const { delegations, proposals } = t.result;
  const tally = [...delegations].sort((a, b) => b.attainment - a.attainment || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)).map((d) =>
    `<tr data-delegation="${esc(d.code)}"><th scope="row">${esc(d.code)}</th><td>${Math.round(d.attainment * 100)}%</td><td>${d.proposals}</td><td>${d.yes}</td><td>${d.partly}</td><td>${d.no}</td><td>${d.deletionsAchieved}/${d.deletionsSought}</td><td>${d.oppositionsUpheld}/${d.oppositions}</td></tr>`).join('');
  yield `<section id="trace" data-trace aria-labelledby="trace-h"><h2 id="trace-h">Trace: who prevailed</h2>
<p class="hint">As <code>kyoto-parse trace</code> finds it: the proposals of ${esc(t.draft)} traced into ${esc(t.later)}. Attainment = (yes + ½ · partly + oppositions upheld) / (proposals + oppositions).</p>
<div class="charts"><figure><figcaption>Attainment per delegation</figcaption>${attainmentSvg(delegations)}</figure>
<div class="scroll"><table class="list"><thead><tr><th scope="col">Delegation</th><th scope="col">Attainment</th><th scope="col">Proposals</th><th scope="col">Yes</th><th scope="col">Partly</th><th scope="col">No</th><th scope="col">Deletions achieved</th><th scope="col">Oppositions upheld</th></tr></thead><tbody>${tally}</tbody></table></div></div>
<h3>Proposals</h3>
<p class="hint">The draft's wording and the later wording beside it, words only in the draft <del>struck</del>, words only in the later text <ins>underlined</ins>.</p>
<ol class="proposals">`;
  yield* joinedLines(proposals, proposalItem);
  yield '</ol></section>';
}

function proposalItem(p: Proposal): string {
  let before = '';
  let after = '';
  for (const change of diffWords(p.text, p.laterText)) {
    const value = esc(change.value);
    if (change.removed) before += `<del>${value}</del>`;
    else if (change.added) after += `<ins>${value}</ins>`;
    else {
      before += value;
      after += value;
    }
  }
  const against = [...p.opponents, ...p.paragraphOpponents];
  return `<li class="proposal verdict-${p.survived}"><div class="meta"><span class="verdict">${p.survived}</span> <strong>${esc(p.codes.join(', '))}</strong> ${esc(p.kind)} in ${esc(p.draftParagraph)} <span class="where">line ${p.line}</span>${against.length ? ` <span class="against">opposed by ${esc(against.join(', '))}</span>` : ''} <span class="where">score ${p.score.toFixed(2)}</span></div>
<div class="pair"><div><span class="side">Draft${p.kind === 'delete' ? ' (struck)' : ''}</span> ${before || '<em>(none)</em>'}</div><div><span class="side">Later${p.laterParagraph ? ` (${esc(p.laterParagraph)}, line ${p.laterLine})` : ''}</span> ${after || '<em>(none)</em>'}</div></div></li>`;
}
