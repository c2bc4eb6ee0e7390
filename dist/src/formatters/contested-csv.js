import { stringify } from 'csv-stringify/sync';
import { csvOptions } from './csv-options.js';
import { round4 } from './round.js';
/** `rank,file,paragraph,score,for,against,mixed,supporters,opponents,mixed_delegations`; codes space-separated. */
export function formatContestedCsv({ shown }, { escapeFormulas }) {
    return stringify([
        ['rank', 'file', 'paragraph', 'score', 'for', 'against', 'mixed', 'supporters', 'opponents', 'mixed_delegations'],
        ...shown.map((p) => [
            p.rank, p.file, p.paragraph, round4(p.score), p.supporters.length, p.opponents.length, p.mixed.length,
            p.supporters.join(' '), p.opponents.join(' '), p.mixed.join(' '),
        ]),
    ], csvOptions(escapeFormulas));
}
