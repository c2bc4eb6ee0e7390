import { compareCodes } from './positions.js';
/**
 * The texts proposed in `records` and who proposes each: in each run of consecutive records with
 * the same file, paragraph and excerpt, the delegations of the support records with the same label.
 *
 * @example
 * ```ts
 * groupProposals(parseDraft('1. Text [FRA, DEU]').records); // [{ paragraph: 'OP1', countries: ['DEU', 'FRA'], … }]
 * ```
 */
export function groupProposals(records) {
    const proposals = [];
    let run = null;
    const close = () => {
        if (!run)
            return;
        const { file, paragraph, excerpt } = run.first;
        for (const [label, { line, countries }] of run.byLabel) {
            proposals.push({ file, paragraph, excerpt, label, line, countries: [...countries].sort(compareCodes) });
        }
    };
    for (const record of records) {
        const same = run !== null && run.first.file === record.file && run.first.paragraph === record.paragraph
            && run.first.excerpt === record.excerpt;
        if (!same) {
            close();
            run = { first: record, byLabel: new Map() };
        }
        if (record.stance !== 'support')
            continue;
        const proposal = run.byLabel.get(record.label) ?? { line: record.line, countries: new Set() };
        proposal.countries.add(record.country);
        run.byLabel.set(record.label, proposal);
    }
    close();
    return proposals;
}
/**
 * Counts, for each pair of delegations, the texts both propose (groupProposals), and ranks the pairs by that count.
 *
 * @example
 * ```ts
 * const { pairs } = countCoProposals(parseDraft(text).records);
 * const [first] = pairs; // the pair that proposes the most texts together: { a, b, count }
 * ```
 */
export function countCoProposals(records) {
    const names = new Map();
    for (const record of records)
        if (record.stance === 'support' && !names.has(record.country))
            names.set(record.country, record.name);
    const proposals = groupProposals(records);
    const tally = new Map();
    const counts = new Map();
    for (const { countries } of proposals) {
        for (const country of countries) {
            const own = tally.get(country) ?? { proposals: 0, alone: 0, together: 0 };
            own.proposals += 1;
            if (countries.length === 1)
                own.alone += 1;
            own.together += countries.length - 1;
            tally.set(country, own);
        }
        for (let i = 0; i < countries.length; i++) {
            for (let j = i + 1; j < countries.length; j++) {
                const key = `${countries[i]}\u0000${countries[j]}`;
                counts.set(key, (counts.get(key) ?? 0) + 1);
            }
        }
    }
    const pairs = [...counts].map(([key, count]) => {
        const [a, b] = key.split('\u0000');
        return { a, b, count };
    });
    pairs.sort((x, y) => y.count - x.count || compareCodes(x.a, y.a) || compareCodes(x.b, y.b));
    const proposers = [...tally].map(([country, own]) => ({ country, name: names.get(country) ?? country, ...own }))
        .sort((x, y) => compareCodes(x.country, y.country));
    return {
        proposals: proposals.length,
        joint: proposals.filter((p) => p.countries.length > 1).length,
        proposers,
        pairs,
        count: (a, b) => counts.get(compareCodes(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`) ?? 0,
    };
}
