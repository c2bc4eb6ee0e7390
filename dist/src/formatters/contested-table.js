import { CONTENTION_MEASURE } from './measures.js';
import { renderTable } from './terminal/table.js';
import { pad } from './terminal/width.js';
import { wrapText, wrapWords } from './terminal/wrap.js';
/**
 * The fiercest fights for the terminal: a title, then per paragraph a line with its rank, ID,
 * score and camp sizes, and the camps named on wrapped lines (`for`, `against`, `mixed`).
 */
export function formatContestedTable({ shown: ranking, total }, { chalk, width }) {
    if (ranking.length === 0)
        return `${wrapText('No paragraph with a position for or against.', width).join('\n')}\n`;
    const title = ranking.length < total ? `Contested paragraphs: top ${ranking.length} of ${total}` : `Contested paragraphs: all ${total}`;
    const out = [...wrapText(title, width).map((line) => chalk.bold(line)), ...wrapText(CONTENTION_MEASURE, width).map((line) => chalk.dim(line)), ''];
    const table = renderTable([
        { header: '#', align: 'right' },
        { header: 'paragraph', min: 5, max: 24 },
        { header: 'score', align: 'right' },
        { header: 'for', align: 'right' },
        { header: 'against', align: 'right' },
        { header: 'mixed', align: 'right' },
    ], ranking.map((p) => [
        String(p.rank), p.key, p.score.toFixed(2),
        String(p.supporters.length), String(p.opponents.length), String(p.mixed.length),
    ]), width, chalk);
    out.push(table[0], table[1]);
    const indent = ' '.repeat(String(ranking.at(-1).rank).length + 2);
    ranking.forEach((p, index) => {
        out.push(table[index + 2]);
        const camps = [
            ['for', p.supporters, chalk.green],
            ['against', p.opponents, chalk.red],
            ['mixed', p.mixed, chalk.dim],
        ];
        for (const [label, codes, style] of camps) {
            if (codes.length === 0)
                continue;
            out.push(...wrapWords(codes.map((code) => ({ plain: code, styled: style(code) })), width, `${indent}${pad(label, 8)}`));
        }
    });
    return `${out.join('\n')}\n`;
}
