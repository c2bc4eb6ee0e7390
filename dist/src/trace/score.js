import { isStopword, normalWords } from './words.js';
/**
 * `lineOf`: expected later ID -> its line (from final-paragraphs.csv). `known`: the draft's
 * paragraph IDs (from the parser); an expected row naming another is set apart as `unknown`, since
 * no output can match it.
 */
export function scoreMap(got, expected, lineOf, known) {
    const wrong = [];
    const unknown = [];
    let right = 0;
    let total = 0;
    for (const e of expected) {
        if (known && !known.has(e.draftParagraph)) {
            unknown.push(e.draftParagraph);
            continue;
        }
        total++;
        const mine = got.filter((l) => l.draftParagraph === e.draftParagraph);
        const gotLines = mine.filter((l) => l.laterLine !== null).map((l) => l.laterLine);
        const ok = e.later.length === 0 ? mine.length > 0 && gotLines.length === 0 : e.later.some((id) => gotLines.includes(lineOf(id) ?? -1));
        if (ok)
            right++;
        else
            wrong.push({ draftParagraph: e.draftParagraph, expected: e.later, got: mine.map((l) => l.laterParagraph ?? 'dropped') });
    }
    return { total, right, rate: total ? right / total : 0, wrong, unknown };
}
const content = (text) => normalWords(text).filter((w) => !isStopword(w));
/** How much two wordings overlap: 0 when they share no content bigram and under half the shorter's content words. */
export function overlap(a, b) {
    const wa = content(a);
    const wb = content(b);
    if (wa.length === 0 || wb.length === 0) {
        const na = normalWords(a);
        const nb = new Set(normalWords(b));
        return na.length > 0 && na.every((w) => nb.has(w)) ? 1 : 0;
    }
    const sb = new Set(wb);
    const shared = new Set(wa.filter((w) => sb.has(w))).size;
    const bigrams = (ws) => new Set(ws.slice(1).map((w, i) => `${ws[i]} ${w}`));
    const ba = bigrams(wa);
    const bb = bigrams(wb);
    const sharedBigram = [...ba].some((g) => bb.has(g));
    const ratio = shared / Math.min(new Set(wa).size, sb.size);
    return sharedBigram || ratio >= 0.5 ? ratio : 0;
}
export function scoreProposals(got, expected) {
    let found = 0;
    let two = 0;
    let three = 0;
    const missed = [];
    const disagreements = [];
    for (const e of expected) {
        // The traced proposal that overlaps most, the closest in length among equals.
        let best = null;
        let bestKey = [0, 0];
        const length = normalWords(e.text).length;
        for (const p of got) {
            if (p.draftParagraph !== e.draftParagraph || !p.codes.some((c) => e.codes.includes(c)))
                continue;
            const o = overlap(e.text, p.text);
            const n = normalWords(p.text).length;
            const key = [o, -Math.abs(Math.log((n + 1) / (length + 1)))];
            if (o > 0 && (o > bestKey[0] || (o === bestKey[0] && key[1] > bestKey[1]))) {
                best = p;
                bestKey = key;
            }
        }
        if (!best) {
            missed.push(e);
            continue;
        }
        found++;
        if ((best.survived === 'no') === (e.survived === 'no'))
            two++;
        if (best.survived === e.survived)
            three++;
        else
            disagreements.push({ expected: e, got: best });
    }
    return {
        total: expected.length, found, foundRate: expected.length ? found / expected.length : 0,
        twoWay: found ? two / found : 0, threeWay: found ? three / found : 0, missed, disagreements,
    };
}
