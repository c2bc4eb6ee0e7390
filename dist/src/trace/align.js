/**
 * Word alignment: Smith-Waterman local alignment (the Legislative Influence Detector's choice) to
 * find where a proposal's wording lies in a later paragraph, and a longest common subsequence to
 * tell a draft's added words from the base text's words.
 */
import { weightOf } from './words.js';
const MISMATCH = -1;
const GAP = -0.8;
/** Smith-Waterman over normalised words: the best-scoring local alignment of `a` inside `b`. O(|a|·|b|). */
export function localAlign(a, b) {
    const n = a.length;
    const m = b.length;
    const empty = { score: 0, matchedA: [], matchedB: [], bStart: 0, bEnd: 0 };
    if (n === 0 || m === 0)
        return empty;
    // Words as numbers (comparisons in the inner loop), and nothing to do when no word is shared.
    const ids = new Map();
    const bi32 = new Int32Array(m);
    for (let j = 0; j < m; j++) {
        let id = ids.get(b[j]);
        if (id === undefined) {
            id = ids.size;
            ids.set(b[j], id);
        }
        bi32[j] = id;
    }
    const ai32 = new Int32Array(n);
    let shared = false;
    for (let i = 0; i < n; i++) {
        const id = ids.get(a[i]);
        ai32[i] = id ?? -1;
        if (id !== undefined)
            shared = true;
    }
    if (!shared)
        return empty;
    const width = m + 1;
    const H = new Float64Array((n + 1) * width);
    // 0 stop, 1 diagonal, 2 up (gap in b), 3 left (gap in a)
    const from = new Uint8Array((n + 1) * width);
    let best = 0;
    let bi = 0;
    let bj = 0;
    for (let i = 1; i <= n; i++) {
        const ai = ai32[i - 1];
        const wi = 2 * weightOf(a[i - 1]);
        for (let j = 1; j <= m; j++) {
            const k = i * width + j;
            const diag = H[k - width - 1] + (ai === bi32[j - 1] ? wi : MISMATCH);
            const up = H[k - width] + GAP;
            const left = H[k - 1] + GAP;
            let h = 0;
            let f = 0;
            if (diag > h) {
                h = diag;
                f = 1;
            }
            if (up > h) {
                h = up;
                f = 2;
            }
            if (left > h) {
                h = left;
                f = 3;
            }
            H[k] = h;
            from[k] = f;
            if (h > best) {
                best = h;
                bi = i;
                bj = j;
            }
        }
    }
    if (best === 0)
        return empty;
    const matchedA = [];
    const matchedB = [];
    let i = bi;
    let j = bj;
    while (i > 0 && j > 0) {
        const f = from[i * width + j];
        if (f === 0)
            break;
        if (f === 1) {
            if (ai32[i - 1] === bi32[j - 1]) {
                matchedA.push(i - 1);
                matchedB.push(j - 1);
            }
            i--;
            j--;
        }
        else if (f === 2)
            i--;
        else
            j--;
    }
    matchedA.reverse();
    matchedB.reverse();
    return { score: best, matchedA, matchedB, bStart: j, bEnd: bj };
}
/**
 * For each word of `a`, whether it is matched in a longest common subsequence with `b`, matches
 * taken as early as possible; then short matched runs (under `minRun` words) between unmatched
 * function words (`and`, `the`) between unmatched words are counted unmatched, so an insertion's
 * scattered function words do not cut it in pieces.
 */
export function commonWords(a, b, minRun = 3) {
    const n = a.length;
    const m = b.length;
    const matched = new Array(n).fill(false);
    if (n === 0 || m === 0)
        return matched;
    const width = m + 1;
    const L = new Uint16Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            const k = i * width + j;
            L[k] = a[i] === b[j] ? L[k + width + 1] + 1 : Math.max(L[k + width], L[k + 1]);
        }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        const k = i * width + j;
        if (a[i] === b[j] && L[k] === L[k + width + 1] + 1) {
            matched[i] = true;
            i++;
            j++;
        }
        else if (L[k + width] >= L[k + 1])
            i++;
        else
            j++;
    }
    // Semantic clean-up: a short matched run inside unmatched words is unmatched.
    let k = 0;
    while (k < n) {
        if (!matched[k]) {
            k++;
            continue;
        }
        let e = k;
        while (e < n && matched[e])
            e++;
        const before = k > 0 && !matched[k - 1];
        const after = e < n && !matched[e];
        const slight = a.slice(k, e).every((w) => weightOf(w) < 1);
        if (e - k < minRun && slight && before && after)
            for (let x = k; x < e; x++)
                matched[x] = false;
        k = e;
    }
    return matched;
}
