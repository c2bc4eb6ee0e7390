import { compareCodes } from '../analyses/positions.js';
import { AGREEMENT_MEASURE } from './measures.js';
import { plural } from './terminal/plural.js';
import { pad, textWidth, truncate } from './terminal/width.js';
import { wrapText, wrapWords } from './terminal/wrap.js';
/** How many strongest and weakest pairs are listed under the heatmap. */
const PAIRS_LISTED = 5;
/** Five shades, lowest agreement first: [0, .2), [.2, .4), [.4, .6), [.6, .8), [.8, 1]. */
const SHADES = [' ', '░', '▒', '▓', '█'];
const BAND_LABELS = ['<0.2', '0.2-0.4', '0.4-0.6', '0.6-0.8', '≥0.8'];
const MISSING = '·';
const SELF = '╲';
function band(score) {
    return Math.min(4, Math.floor(score * 5));
}
function bandStyle(chalk, index) {
    return [chalk.bgRed, chalk.bgRedBright, chalk.bgYellow, chalk.bgGreenBright, chalk.bgGreen][index];
}
/**
 * The agreement heatmap for the terminal, delegations in cluster order (`Blocs.order`), so blocs
 * show as squares along the diagonal. A cell is two columns wide when the map fits the width that
 * way, else one; a map wider than `width` even so is split into pages of columns. With colour
 * (chalk level 1 or more) a cell is a background colour from red (never the same side) to green
 * (always); without, a shading character from blank to `█`. `·` marks a pair with too few shared
 * paragraphs. Under the map: the legend, the clusters, the delegations left out, and the pairs
 * that agree most and least (all pairs when there are few), each with its number of shared
 * paragraphs.
 */
export function formatBlocsTable({ agreement, blocs }, { chalk, width }) {
    const listed = PAIRS_LISTED;
    const out = [];
    const title = `Agreement between ${agreement.countries.length} delegations (pairs with at least ${agreement.minShared} shared paragraphs)`;
    out.push(...wrapText(title, width).map((line) => chalk.bold(line)));
    out.push(...wrapText(AGREEMENT_MEASURE, width).map((line) => chalk.dim(line)));
    if (blocs.order.length === 0) {
        out.push('', ...wrapText(`No pair of delegations shares ${agreement.minShared} or more paragraphs with a position (--min-shared).`, width));
        return `${out.join('\n')}\n`;
    }
    out.push('', ...heatmap(agreement, blocs.order, chalk, width), '');
    const coloured = chalk.level > 0;
    const legend = BAND_LABELS.map((label, index) => {
        // Without colour the lowest band is blank: name it rather than show two spaces.
        const plain = coloured ? '  ' : index === 0 ? 'blank' : SHADES[index].repeat(2);
        const swatch = coloured ? bandStyle(chalk, index)('  ') : plain;
        return { plain: `${plain} ${label}`, styled: `${swatch} ${label}` };
    });
    legend.push({ plain: `${MISSING} too few shared`, styled: `${chalk.dim(MISSING)} too few shared` });
    out.push(...wrapWords(legend, width, 'Scale: '), '');
    const how = blocs.requested !== null
        ? `${blocs.requested} asked for`
        : 'cut where members agree more than half the time on average';
    out.push(...wrapText(`Clusters (${blocs.linkage} linkage on 1 - agreement; ${how}):`, width).map((line) => chalk.bold(line)));
    const numberWidth = String(blocs.clusters.length).length;
    const labels = blocs.clusters.map((cluster, index) => `${String(index + 1).padStart(numberWidth)} (${cluster.length})`);
    const labelWidth = Math.max(...labels.map(textWidth));
    blocs.clusters.forEach((cluster, index) => {
        out.push(...wrapWords(cluster.map((code) => ({ plain: code, styled: code })), width, `  ${pad(labels[index], labelWidth)}  `));
    });
    out.push(...lowPairsNote(agreement, blocs).flatMap((text) => wrapText(text, width)).map((line) => chalk.dim(line)));
    if (blocs.unclustered.length > 0) {
        out.push(...wrapText(`Not clustered (fewer than ${agreement.minShared} shared paragraphs with anyone):`, width));
        out.push(...wrapWords(blocs.unclustered.map((code) => ({ plain: code, styled: chalk.dim(code) })), width, '  '));
    }
    const sorted = [...agreement.pairs].sort((x, y) => y.score - x.score || y.shared - x.shared || comparePairs(x, y));
    if (listed > 0 && sorted.length > 0 && sorted.length <= 2 * listed) {
        out.push('', chalk.bold('Pairs'), ...pairLines(sorted, width));
    }
    else if (listed > 0 && sorted.length > 0) {
        out.push('', chalk.bold('Most in agreement'), ...pairLines(sorted.slice(0, listed), width));
        const least = [...agreement.pairs].sort((x, y) => x.score - y.score || y.shared - x.shared || comparePairs(x, y));
        out.push('', chalk.bold('Least in agreement'), ...pairLines(least.slice(0, listed), width));
    }
    return `${out.join('\n')}\n`;
}
/** Below this agreement, two members of one cluster seldom take the same side. */
const LOW_AGREEMENT = 0.5;
/**
 * A note on the pairs that share a cluster while agreeing less than half the time: average
 * linkage joins clusters by the mean agreement of all their pairs, so two members can disagree
 * while each agrees with the rest; complete linkage never allows it.
 */
function lowPairsNote(agreement, blocs) {
    const low = [];
    blocs.clusters.forEach((cluster, index) => {
        for (let i = 0; i < cluster.length; i++) {
            for (let j = i + 1; j < cluster.length; j++) {
                const pair = agreement.pair(cluster[i], cluster[j]);
                if (pair && pair.score < LOW_AGREEMENT)
                    low.push({ pair, cluster: index + 1 });
            }
        }
    });
    if (low.length === 0)
        return [];
    low.sort((x, y) => x.pair.score - y.pair.score || y.pair.shared - x.pair.shared || comparePairs(x.pair, y.pair));
    const shown = low.slice(0, 3).map(({ pair, cluster }) => `${pair.a}-${pair.b} ${pair.score.toFixed(2)} (cluster ${cluster}, ${pair.shared} shared)`);
    const more = low.length > shown.length ? ` and ${low.length - shown.length} more` : '';
    const why = blocs.linkage === 'complete'
        ? 'the cut was asked for with --clusters, below where every pair agrees.'
        : `${blocs.linkage} linkage joins two clusters by how their members agree overall, so two members can seldom agree while each agrees with the rest; --linkage complete keeps every pair of a cluster above the cut.`;
    return [`Note: ${plural(low.length, 'pair')} in one cluster agree less than half the time: ${shown.join(', ')}${more}. ${why[0].toUpperCase()}${why.slice(1)}`];
}
function comparePairs(x, y) {
    return compareCodes(x.a, y.a) || compareCodes(x.b, y.b);
}
function pairLines(pairs, width) {
    return pairs.map((p) => truncate(`  ${p.a}-${p.b}  ${p.score.toFixed(2)}  same side on ${p.agreed} of ${p.shared} shared paragraphs`, width));
}
function heatmap(agreement, order, chalk, width) {
    const codeWidth = Math.max(...order.map(textWidth));
    const room = width - codeWidth - 1;
    const cellWidth = order.length * 2 <= room ? 2 : 1;
    const perPage = Math.max(1, Math.floor(room / cellWidth));
    const pages = [];
    for (let i = 0; i < order.length; i += perPage)
        pages.push(order.slice(i, i + perPage));
    const coloured = chalk.level > 0;
    const lines = [];
    pages.forEach((columns, pageIndex) => {
        if (pages.length > 1) {
            if (pageIndex > 0)
                lines.push('');
            lines.push(chalk.dim(truncate(`Columns ${columns[0]} to ${columns.at(-1)} (${pageIndex + 1}/${pages.length})`, width)));
        }
        const headerHeight = Math.max(...columns.map(textWidth));
        for (let row = 0; row < headerHeight; row++) {
            const letters = columns.map((code) => pad([...code][row] ?? '', cellWidth)).join('');
            lines.push(`${' '.repeat(codeWidth)} ${letters}`.trimEnd());
        }
        for (const a of order) {
            const cells = columns.map((b) => {
                if (a === b)
                    return chalk.dim(SELF.repeat(cellWidth));
                const pair = agreement.pair(a, b);
                if (!pair)
                    return chalk.dim(pad(MISSING, cellWidth));
                const index = band(pair.score);
                return coloured ? bandStyle(chalk, index)(' '.repeat(cellWidth)) : SHADES[index].repeat(cellWidth);
            });
            lines.push(`${pad(a, codeWidth)} ${cells.join('')}`.trimEnd());
        }
    });
    return lines;
}
