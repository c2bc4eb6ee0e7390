/**
 * The report's stylesheet. Stance colours from Okabe and Ito's colour-blind-safe palette, dark
 * letters on each (contrast above 4.5:1); a cell with several stances shows each colour in a band
 * and every letter. System fonts only: no web font to fetch.
 */
import { STANCE_LETTERS } from '../analyses/matrix.js';
import { STANCES } from '../types.js';
import { agreementClasses } from './charts.js';
const COLOURS = { S: '#56B4E9', O: '#E69F00', D: '#CC79A7', X: '#C8C8C8' };
const BLOC_COLOURS = ['#999999', '#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];
/** Every combination of letters in matrix order (S, O, D, X): its background, bands of each colour. */
function cellClasses() {
    const letters = STANCES.map((s) => STANCE_LETTERS[s]);
    const rules = [];
    for (let mask = 1; mask < 1 << letters.length; mask++) {
        const combo = letters.filter((_, i) => mask & (1 << i));
        if (combo.length === 1) {
            rules.push(`.s-${combo[0]}{background:${COLOURS[combo[0]]}}`);
            continue;
        }
        const step = 100 / combo.length;
        const stops = combo.map((l, i) => `${COLOURS[l]} ${Math.round(i * step)}% ${Math.round((i + 1) * step)}%`).join(',');
        rules.push(`.s-${combo.join('')}{background:linear-gradient(135deg,${stops})}`);
    }
    return rules.join('\n');
}
export const REPORT_STYLES = `
:root{--ink:#1b1b1b;--muted:#555;--line:#d0d0d0;--focus:#000;--bg:#fff;--cell:1.9rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
body{margin:0;line-height:1.4}
header,main,footer{padding:0 1rem}
header{border-bottom:1px solid var(--line)}
h1{font-size:1.3rem;margin:.6rem 0}
h2{font-size:1.15rem;margin:1.4rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:.8rem 0 .3rem}
nav a{margin-right:.8rem}
a{color:#0a4f8a}
:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem;z-index:10}
.hint{color:var(--muted);font-size:.9rem;margin:.2rem 0 .5rem}
.where{color:var(--muted);font-size:.85em;font-weight:normal}
dl.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:0}
dl.summary div{border:1px solid var(--line);border-radius:4px;padding:.3rem .6rem;min-width:6rem}
dl.summary dt{font-size:.8rem;color:var(--muted)}dl.summary dd{margin:0;font-size:1.2rem;font-weight:600}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;padding:0;margin:.3rem 0}
.legend .cell,.segment .cell{display:inline-block;min-width:1.6rem;text-align:center;font-weight:600;border-radius:2px;font-size:.8rem}
.controls{display:flex;flex-wrap:wrap;gap:.8rem;align-items:center;margin:.4rem 0}
.controls fieldset{border:1px solid var(--line);padding:.1rem .5rem;margin:0}
.controls legend{font-size:.8rem;padding:0 .2rem}
.controls input[type=search]{width:12rem}
#filter-status{font-size:.85rem;color:var(--muted)}
.heatmap-wrap{overflow:auto;max-height:75vh;border:1px solid var(--line);position:relative}
table.heatmap{border-collapse:separate;border-spacing:0;font-size:.75rem}
.heatmap th,.heatmap td{border-right:1px solid #eee;border-bottom:1px solid #eee;padding:0}
.heatmap thead th{position:sticky;top:0;background:#fff;z-index:2;vertical-align:bottom;height:6.5rem;border-bottom:1px solid #999}
.heatmap thead th span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;display:inline-block;padding:.2rem 0;font-weight:500}
.heatmap thead th.corner{left:0;z-index:3;text-align:left;padding:.2rem}
.heatmap tbody th{position:sticky;left:0;background:#fff;z-index:1;text-align:left;white-space:nowrap;padding:0 .3rem;border-right:1px solid #999;font-weight:600}
.heatmap td{width:var(--cell);min-width:var(--cell);height:1.3rem;text-align:center;font-weight:600;cursor:pointer;color:#000}
.heatmap td:empty{cursor:default}
.heatmap td:focus-visible,.heatmap td.active{outline:3px solid var(--focus);outline-offset:-3px}
.heatmap td.active{box-shadow:inset 0 0 0 5px #fff}
.heatmap th.target,.paragraph:target{background:#fff3b0}
.bloc{display:inline-block;min-width:1.6rem;font-size:.7rem;text-align:center;border-radius:2px;color:#000;border-left:4px solid #999}
${BLOC_COLOURS.map((c, i) => `.bloc.b${i}{border-left-color:${c}}`).join('')}
${cellClasses()}
${agreementClasses()}
#tooltip{position:fixed;z-index:20;background:#222;color:#fff;padding:.3rem .5rem;border-radius:3px;font-size:.8rem;max-width:22rem;pointer-events:none}
[data-detail]{position:fixed;right:1rem;bottom:1rem;width:min(34rem,calc(100vw - 2rem));max-height:55vh;overflow:auto;background:#fff;border:2px solid #333;border-radius:6px;padding:.5rem .8rem;box-shadow:0 4px 18px rgba(0,0,0,.25);z-index:30}
[data-detail] h3{margin:.2rem 2rem .4rem 0}
[data-detail] .close{position:absolute;right:.4rem;top:.3rem;font-size:1.2rem;background:none;border:1px solid var(--line);border-radius:3px;cursor:pointer}
[data-detail] ol{padding-left:1.4rem;margin:0}
[data-detail] li{margin:.3rem 0}
.records .cell{display:inline-block;min-width:1.4rem;text-align:center;font-weight:600;border-radius:2px;font-size:.8rem}
.records q{color:#333}
.paragraph{border-bottom:1px solid #eee;padding:.2rem 0 .5rem}
.paragraph .text{white-space:pre-wrap;margin:.2rem 0}
.paragraph del,.pair del{color:#7a2a00;text-decoration-thickness:2px}
.paragraph mark{background:#fff1a8;color:inherit}
a.note{font-size:.7em;vertical-align:super;text-decoration:none;margin-right:1px}
.back{font-size:.8rem;font-weight:normal;margin-left:.5rem}
.annotations{font-size:.85rem;margin:.2rem 0;padding-left:1.6rem}
.annotations code{background:#f4f4f4}
.segment{margin-left:.6rem}
.scroll{overflow:auto;max-width:100%}
table.list{border-collapse:collapse;font-size:.85rem}
table.list th,table.list td{border-bottom:1px solid #eee;padding:.15rem .5rem;text-align:left;vertical-align:top}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
figure{margin:0}figcaption{font-weight:600;font-size:.9rem;margin-bottom:.3rem}
svg.chart text{fill:#222}
.findings{font-size:.85rem;padding-left:1.6rem}
.findings pre{margin:.1rem 0 .4rem;background:#f6f6f6;padding:.2rem .4rem;white-space:pre-wrap}
.sev{font-weight:600;text-transform:uppercase;font-size:.75rem}
.error .sev{color:#a00}.warning .sev{color:#8a5a00}
.proposals{padding-left:1.8rem;font-size:.88rem}
.proposal{margin:.5rem 0}
.verdict{display:inline-block;min-width:3.2rem;text-align:center;font-weight:700;border-radius:3px;border:1px solid #333}
.verdict-yes .verdict{background:#56B4E9}.verdict-partly .verdict{background:#F0E442}.verdict-no .verdict{background:#E69F00}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:.8rem;margin-top:.2rem}
.pair>div{background:#fafafa;padding:.2rem .4rem;border-left:3px solid #ccc}
.pair ins{background:#d6ecff;text-decoration:underline}
.side{display:block;font-size:.75rem;color:var(--muted)}
.against{color:#7a2a00}
footer{color:var(--muted);font-size:.8rem;margin:2rem 0 1rem}
@media print{
  @page{size:A3 landscape;margin:8mm}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  nav,.controls,.skip,#tooltip,[data-detail],.back{display:none!important}
  .heatmap-wrap{overflow:visible;max-height:none;border:0}
  .heatmap thead th,.heatmap tbody th{position:static}
  table.heatmap{font-size:6pt}
  .heatmap td{width:auto;min-width:0;height:auto;padding:0 1px}
  .heatmap thead th{height:auto}
  .heatmap tr{break-inside:avoid}
  a{color:inherit;text-decoration:none}
  .pair{grid-template-columns:1fr 1fr}
  section{break-before:auto}
  #heatmap{break-after:page}
}
`;
