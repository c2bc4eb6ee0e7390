import { stringify } from 'csv-stringify/sync';
import { cellLetters } from '../analyses/matrix.js';
import { csvOptions } from './csv-options.js';
import { positionName } from './position-name.js';
/** One row per delegation: `file,paragraph,country,name,support,oppose,delete,other,stances,position,labels`. */
export function formatParagraphCsv(details, { escapeFormulas }) {
    const rows = details.flatMap((detail) => detail.delegations.map((d) => [
        detail.file, detail.paragraph, d.country, d.name,
        d.counts.support, d.counts.oppose, d.counts.delete, d.counts.other,
        cellLetters(d.counts), positionName(d), d.labels.join('; '),
    ]));
    return stringify([
        ['file', 'paragraph', 'country', 'name', 'support', 'oppose', 'delete', 'other', 'stances', 'position', 'labels'],
        ...rows,
    ], csvOptions(escapeFormulas));
}
