import { compareCodes } from '../analyses/positions.js';
import { COPROPOSAL_MEASURE } from './measures.js';
import { plural } from './terminal/plural.js';
import { renderTable } from './terminal/table.js';
import { wrapText } from './terminal/wrap.js';
/** How many pairs the table lists; all of them when there are no more than twice as many. */
const PAIRS_LISTED = 10;
/** How many of a delegation's most frequent partners its row names. */
const PARTNERS_NAMED = 3;
/**
 * Co-proposals for the terminal: the pairs that propose together most, then every delegation with
 * a proposal, those with the most co-proposals first, each with its proposals, those it made
 * alone, its co-proposals with all the others, and the partners it proposes with most.
 */
export function formatCoProposalsTable(coproposals, { chalk, width }) {
    if (coproposals.proposals === 0)
        return 'No delegation proposes a text (no support records).\n';
    const out = [];
    const title = `Co-proposals: ${plural(coproposals.proposals, 'text')} proposed, ${coproposals.joint} of them by two delegations or more`;
    out.push(...wrapText(title, width).map((line) => chalk.bold(line)));
    out.push(...wrapText(COPROPOSAL_MEASURE, width).map((line) => chalk.dim(line)), '');
    const { pairs } = coproposals;
    if (pairs.length > 0) {
        const listed = pairs.length <= 2 * PAIRS_LISTED ? pairs : pairs.slice(0, PAIRS_LISTED);
        const heading = listed.length < pairs.length
            ? `The ${listed.length} pairs that propose together most (of ${pairs.length})`
            : `Pairs that propose together (${pairs.length})`;
        out.push(...wrapText(heading, width).map((line) => chalk.bold(line)));
        out.push(...renderTable([{ header: 'pair', min: 5 }, { header: 'texts', align: 'right' }], listed.map((p) => [`${p.a}-${p.b}`, String(p.count)]), width - 2, chalk).map((line) => `  ${line}`), '');
    }
    const ranked = [...coproposals.proposers].sort((x, y) => y.together - x.together || compareCodes(x.country, y.country));
    out.push(...wrapText('Delegations, most co-proposals first', width).map((line) => chalk.bold(line)));
    out.push(...renderTable([
        { header: 'delegation' },
        { header: 'proposals', align: 'right' },
        { header: 'alone', align: 'right' },
        { header: 'with others', align: 'right' },
        { header: 'most with', min: 7, wrap: true },
    ], ranked.map((p) => [
        p.country, String(p.proposals), String(p.alone), String(p.together), partners(p, pairs),
    ]), width - 2, chalk).map((line) => `  ${line}`));
    return `${out.join('\n')}\n`;
}
/** The delegation's most frequent partners, as `NZL 12, SGP 11` (ties in code order, as ranked). */
function partners(proposer, pairs) {
    return pairs
        .filter((p) => p.a === proposer.country || p.b === proposer.country)
        .slice(0, PARTNERS_NAMED)
        .map((p) => `${p.a === proposer.country ? p.b : p.a} ${p.count}`)
        .join(', ');
}
