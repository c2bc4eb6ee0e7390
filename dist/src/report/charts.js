import { escapeHtml as esc } from './escape.js';
const round = (n) => Math.round(n * 10) / 10;
/** Agreement 0..1 as a colour on a blue (1, same side) to orange (0, opposite sides) diverging scale, white at 0.5. */
export function agreementColour(score) {
    const [low, high] = [[230, 97, 1], [33, 102, 172]];
    const t = Math.abs(score - 0.5) * 2;
    const end = score >= 0.5 ? high : low;
    const mix = end.map((c) => Math.round(255 + (c - 255) * t));
    return `rgb(${mix.join(',')})`;
}
/** Agreement steps drawn: 0%, 5%, … 100%, each a class (`a0` … `a20`) so that a square is a short element. */
const AGREEMENT_STEPS = 20;
/** The classes of the agreement squares' colours, for the stylesheet. */
export function agreementClasses() {
    const rules = Array.from({ length: AGREEMENT_STEPS + 1 }, (_, i) => `.agree .a${i}{fill:${agreementColour(i / AGREEMENT_STEPS)}}`);
    return `${rules.join('')}.agree .an{fill:#e4e4e4}.agree .self{fill:#444}.agree rect{width:12px;height:12px}`;
}
/**
 * The agreement matrix of `order` (codes) as a heatmap: one square per pair, coloured by its
 * score in 5% steps, grey without a score. Each row is a `<g data-a>` and each square carries
 * only its x and class (3,000 squares for the reference draft); the script shows a pair's figures
 * on hover from the page's data.
 */
export function agreementSvg(agreement, order) {
    const cell = 12;
    const margin = 44;
    const size = margin + order.length * cell;
    const labels = [];
    const rows = [];
    order.forEach((code, i) => {
        const y = margin + i * cell;
        labels.push(`<text x="${margin - 3}" y="${y + cell - 3}" text-anchor="end">${esc(code)}</text>`);
        labels.push(`<text transform="translate(${margin + i * cell + cell - 3},${margin - 3}) rotate(-90)">${esc(code)}</text>`);
        const squares = order.map((other, j) => {
            const pair = code === other ? undefined : agreement.pair(code, other);
            const cls = code === other ? 'self' : pair ? `a${Math.round(pair.score * AGREEMENT_STEPS)}` : 'an';
            return `<rect x="${margin + j * cell}" class="${cls}"/>`;
        }).join('');
        rows.push(`<g data-a="${i}" transform="translate(0,${y})">${squares}</g>`);
    });
    return `<svg class="chart agree" data-order="${esc(order.join(','))}" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img" aria-label="Agreement between delegations: blue, same side; orange, opposite sides; grey, too few shared paragraphs.." font-size="8">${labels.join('')}${rows.join('')}</svg>`;
}
/** A key for the agreement colours. */
export function agreementLegendSvg() {
    const steps = [0, 0.25, 0.5, 0.75, 1];
    const parts = steps.map((s, i) => `<rect x="${i * 44}" y="0" width="44" height="12" fill="${agreementColour(s)}"/><text x="${i * 44 + 22}" y="24" text-anchor="middle">${s * 100}%</text>`);
    parts.push(`<rect x="${steps.length * 44 + 12}" y="0" width="12" height="12" fill="#e4e4e4"/><text x="${steps.length * 44 + 28}" y="10">no score</text>`);
    return `<svg class="chart" viewBox="0 0 320 28" width="320" height="28" font-size="9" role="img" aria-label="Agreement key: 0% orange to 100% blue">${parts.join('')}</svg>`;
}
/** The dendrogram, leaves top to bottom, heights (linkage distance) left to right, the 0.5 cut as a dashed line. */
export function dendrogramSvg(root, blocOf) {
    const row = 12;
    const labelWidth = 44;
    const plot = 320;
    const top = 16;
    const maxHeight = Math.max(1, heightOf(root));
    const x = (height) => round(labelWidth + 4 + (height / maxHeight) * plot);
    const parts = [];
    let leaf = 0;
    // Returns the node's y; draws its links.
    const draw = (node) => {
        if (!('children' in node)) {
            const y = top + leaf++ * row + row / 2;
            const bloc = blocOf.get(node.code) ?? 0;
            parts.push(`<text x="${labelWidth}" y="${y + 3}" text-anchor="end">${esc(node.code)}</text>`);
            if (bloc > 0)
                parts.push(`<text x="2" y="${y + 3}" fill="#555">B${bloc}</text>`);
            return y;
        }
        const ys = node.children.map(draw);
        const xs = node.children.map((child) => x(heightOf(child)));
        const at = x(node.height);
        ys.forEach((y, i) => parts.push(`<path d="M${xs[i]},${round(y)}H${at}"/>`));
        parts.push(`<path d="M${at},${round(Math.min(...ys))}V${round(Math.max(...ys))}"/>`);
        return (Math.min(...ys) + Math.max(...ys)) / 2;
    };
    draw(root);
    const height = top + leaf * row + 24;
    const cut = x(0.5);
    const axis = [0, 0.25, 0.5, 0.75, 1].filter((h) => h <= maxHeight + 1e-9)
        .map((h) => `<text x="${x(h)}" y="${height - 6}" text-anchor="middle">${h}</text>`).join('');
    return `<svg class="chart dendrogram" viewBox="0 0 ${labelWidth + plot + 20} ${height}" width="${labelWidth + plot + 20}" height="${height}" font-size="9" role="img" aria-label="Dendrogram of the delegations by disagreement (1 − agreement), average linkage; the blocs are cut below 0.5">`
        + `<g fill="none" stroke="#333">${parts.filter((p) => p.startsWith('<path')).join('')}</g>`
        + parts.filter((p) => !p.startsWith('<path')).join('')
        + `<path d="M${cut},${top - 6}V${height - 18}" stroke="#D55E00" stroke-dasharray="3 3"/><text x="${cut + 3}" y="${top - 6}" fill="#D55E00">cut 0.5</text>`
        + `${axis}</svg>`;
}
function heightOf(node) {
    return node.height;
}
/** Attainment per delegation as horizontal bars, highest first (ties by code), the value at each bar's end. */
export function attainmentSvg(delegations) {
    const sorted = [...delegations].sort((a, b) => b.attainment - a.attainment || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const row = 14;
    const label = 48;
    const plot = 300;
    const height = sorted.length * row + 22;
    const bars = sorted.map((d, i) => {
        const y = i * row;
        const w = round(d.attainment * plot);
        const pct = `${Math.round(d.attainment * 100)}%`;
        return `<text x="${label - 4}" y="${y + 10}" text-anchor="end">${esc(d.code)}</text>`
            + `<rect x="${label}" y="${y + 2}" width="${w}" height="${row - 4}" fill="#0072B2"><title>${esc(`${d.code}: ${pct} (${d.proposals} proposals, ${d.oppositions} oppositions)`)}</title></rect>`
            + `<text x="${label + w + 3}" y="${y + 10}">${pct}</text>`;
    }).join('');
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => `<path d="M${label + t * plot},0V${height - 18}" stroke="#ccc"/><text x="${label + t * plot}" y="${height - 6}" text-anchor="middle">${t * 100}%</text>`).join('');
    return `<svg class="chart" viewBox="0 0 ${label + plot + 40} ${height}" width="${label + plot + 40}" height="${height}" font-size="9" role="img" aria-label="Attainment per delegation, highest first">${ticks}${bars}</svg>`;
}
