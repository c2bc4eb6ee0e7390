import { positionOf } from './source.js';
import { normalWord, wordsOf } from './words.js';
import { appendAll } from '../util/arrays.js';
/** A label that is a remark, not wording: it opens with a remark's verb, or speaks of paragraphs and proposals. */
const REMARK_START = /^\s*(support|supported|agree|agreed|keep|move|consider|discuss|merge|integrate|devide|divide|avoid|flexible|need|needs|retain|original|noted|placement|add emphasis|reformulate|work)\b/i;
const REMARK_WORDS = /\b(para|paras|paragraph|proposal|idea|mentioned|placement|repetition|translation|concept|original)\b|\b(OP|PP)\s*\d/i;
const UNTIL_HERE = /\buntil here\b/i;
const FROM_HERE = /\b(end here|stop here|finish here|stop at|end at)\b/i;
const WHOLE = /\b(entire|this|the|whole)\s+para(graph)?\b|\bdelete all\b/i;
const QUOTED = /[\u201c"]([^\u201d"]+)[\u201d"]/;
const RETAIN = /^\s*retain(\s+both)?\s*$/i;
/**
 * `added`: for each item, whether it is a word the base lacks (null without a base counterpart).
 * `heading`: proposers named by an editor's line before the paragraph (`Proposals from RUS on OP 1`),
 * for a paragraph new as a whole that names none itself.
 */
export function extractProposals(dp, added, src, heading = []) {
    const items = dp.items;
    const out = [];
    const text = src.text;
    const isWord = (x) => x.t === 'word';
    const prose = items.filter(isWord).filter((w) => !w.struck);
    const make = (kind, codes, words, opponents, original = '', label) => {
        const distinct = [...new Set(codes)];
        if (distinct.length === 0)
            return null;
        let norms;
        let shown;
        let off;
        let anchor;
        if (label) {
            shown = label.text;
            norms = wordsOf(label.text).map(normalWord);
            off = label.off;
            anchor = items.findIndex((x) => x.off >= label.off);
        }
        else {
            if (words.length === 0)
                return null;
            norms = words.map((w) => w.norm);
            shown = joinWords(text, words);
            off = words[0].off;
            anchor = items.indexOf(words[0]);
        }
        if (norms.length === 0)
            return null;
        const lastIndex = label ? anchor : items.indexOf(words[words.length - 1]);
        const { line, column } = positionOf(src, off);
        return {
            paragraph: dp, off, line, column, codes: distinct, kind, norms, text: shown,
            before: contextWords(items, anchor, -1), after: contextWords(items, lastIndex, +1),
            original, opponents: [...new Set(opponents)], paragraphOpponents: [],
            wholeParagraph: kind === 'delete' && !label && words.length >= 0.8 * prose.length && prose.length >= 10,
        };
    };
    const seen = new Set();
    const push = (p) => {
        if (!p)
            return;
        const key = `${p.kind}|${p.off}|${p.codes.join(';')}|${p.text}`;
        if (seen.has(key))
            return;
        seen.add(key);
        out.push(p);
    };
    const annIndices = items.map((x, i) => (x.t === 'ann' ? i : -1)).filter((i) => i >= 0);
    // A paragraph that is new wording as a whole: one proposal for all of it.
    let wholeCodes = [];
    const skipFinal = new Set();
    if (dp.whole) {
        const firstContent = items.findIndex((x) => x.t !== 'stop' && x.t !== 'close');
        // The last annotation with bare codes that no unstruck wording follows (notes after it aside).
        const lastContent = findLast(items, (x, k) => x.t === 'ann' && x.segments.some((s) => s.label === '' && s.codes.length > 0) && isNote(items, k));
        for (const i of [firstContent, lastContent]) {
            const it = items[i];
            if (it?.t !== 'ann')
                continue;
            // A closing attribution holds the whole paragraph when punctuation ends the wording before it
            // (`…those gaps: [COL, …]`, `…criminal justice. [GTM,QTA,SGP]`), not bare wording (`…policies [AUS]`).
            if (i === lastContent && i !== firstContent && !/[.;:)]\s*$/.test(text.slice(Math.max(0, it.off - 20), it.off).replace(/~~/g, '')))
                continue;
            const codes = it.segments.filter((s) => s.label === '' || /\bsupport/i.test(s.label)).flatMap((s) => s.codes);
            if (codes.length > 0) {
                appendAll(wholeCodes, codes);
                skipFinal.add(i);
            }
        }
        // A note that makes the paragraph a replacement (`Replace OP6 and OP 7 with this new PP5: EGY, RUS`).
        for (const [k, x] of items.entries()) {
            if (x.t !== 'ann' || !isNote(items, k))
                continue;
            for (const s of x.segments)
                if (/\bwith this new\b|\bthis new (para|paragraph|PP|OP)/i.test(s.label))
                    appendAll(wholeCodes, s.codes);
        }
        if (wholeCodes.length === 0)
            appendAll(wholeCodes, heading);
        wholeCodes = [...new Set(wholeCodes)];
        if (wholeCodes.length > 0) {
            const opponents = items.filter((x) => x.t === 'ann').flatMap((a) => a.segments.filter((s) => s.stance === 'oppose' || (s.stance === 'delete' && s.label !== '')).flatMap((s) => s.codes));
            push(make(dp.alternative ? 'replace' : 'new-paragraph', wholeCodes, prose, opponents));
        }
    }
    for (const i of annIndices) {
        const ann = items[i];
        const segs = ann.segments;
        const bare = segs.filter((s) => s.label === '' && s.codes.length > 0);
        const wording = segs.filter((s) => s.label !== '' && s.stance === 'support' && isWording(s.label) && s.codes.length > 0);
        const deletes = segs.filter((s) => s.label !== '' && s.stance === 'delete' && s.codes.length > 0);
        const opponents = segs.filter((s) => s.stance === 'oppose' || (s.stance === 'delete' && s.label !== '' && !FROM_HERE.test(s.label) && !UNTIL_HERE.test(s.label))).flatMap((s) => s.codes);
        const proposing = bare.length > 0 || wording.length > 0;
        // A plain `retain` (or `retain both`, not `retain original`) beside bare codes: others keep the
        // wording the proposers would drop, so the codes ask for a deletion of the wording before them.
        const retained = segs.some((s) => s.codes.length > 0 && RETAIN.test(s.label));
        if (bare.length > 0 && !skipFinal.has(i)) {
            const codes = bare.flatMap((s) => s.codes);
            const back = stretchBefore(items, i);
            if (retained && back.struck.length > 0)
                push(make('delete', codes, back.struck, opponents));
            else if (retained && back.words.length > 0 && back.slashAt < 0 && back.afterStrike.length === 0) {
                // Unstruck: the last clause before the codes (after the last `,` `;` `:`), the wording kept by the others.
                push(make('delete', codes, lastClause(back.words, text), opponents));
            }
            else if (back.struck.length > 0) {
                // Bare codes after struck wording: a deletion, unless the struck words are the
                // delegation's own (not the base's), or new wording stands right before the strike.
                const struckAdded = added ? back.struck.filter((w) => added[items.indexOf(w)]).length : 0;
                const newBefore = added ? trimToAdded(back.before, items, added) : [];
                // Without a base: new wording glued to the strike (`Enhance~~Strengthen~~ [BGR]`) replaces it.
                const glued = !added && back.before.length > 0 && back.strikeOpen !== null && /\S/.test(text[back.strikeOpen - 1] ?? ' ');
                if (added && struckAdded > back.struck.length / 2)
                    push(make('insert', codes, back.struck, opponents));
                else if (newBefore.length > 0)
                    push(make('insert', codes, newBefore, opponents, joinWords(text, back.struck)));
                else if (glued)
                    push(make('replace', codes, back.before, opponents, joinWords(text, back.struck)));
                else
                    push(make('delete', codes, back.struck, opponents));
            }
            else {
                let words = back.words;
                let kind = back.afterStrike.length > 0 ? 'replace' : 'insert';
                if (back.slashAt >= 0) {
                    words = words.slice(back.slashAt);
                    kind = 'replace';
                }
                if (added)
                    words = trimToAdded(words, items, added);
                // Without a base (a paragraph new as a whole), an insertion inside a sentence added to a
                // clause: its wording starts after the stretch's last `,` `;` `:`.
                else if (dp.whole && kind === 'insert' && !sentenceEnd(words, text))
                    words = lastClause(words, text);
                const original = back.afterStrike.length > 0 ? joinWords(text, back.afterStrike) : '';
                push(make(kind, codes, words, opponents, original));
            }
        }
        // Quoted wording in a stance label: `retain without “, while respecting cultural identities”`,
        // `retain original or replace with “gang related violence in urban areas”`, `add “as appropriate”`.
        for (const s of segs) {
            if (s.codes.length === 0 || wording.includes(s))
                continue;
            const quotes = [...s.label.matchAll(/[\u201c"]([^\u201d"]+)[\u201d"]/g)].map((m) => m[1]);
            if (quotes.length === 0)
                continue;
            const last = quotes[quotes.length - 1];
            if (/\b(replace|instead)\b/i.test(s.label) && /\bwith\b/i.test(s.label))
                push(make('replace', s.codes, [], [], '', { text: last, off: ann.off }));
            else if (/\b(without|delete|remove|deletion)\b/i.test(s.label) && !/\boppose\b/i.test(s.label)) {
                // `delete “trafficking in cultural property” and onwards`: from the quoted words to the paragraph's end.
                const from = /[\u201d"]\s*(and\s+)?onwards?\b/i.test(s.label) ? findWords(prose, wordsOf(last).map(normalWord)) : -1;
                if (from >= 0)
                    push(make('delete', s.codes, prose.slice(from), [], ''));
                else
                    push(make('delete', s.codes, [], [], '', { text: last, off: ann.off }));
            }
            else if (/\b(add|insert|include)\b/i.test(s.label))
                push(make('insert', s.codes, [], [], '', { text: last, off: ann.off }));
        }
        for (const s of wording) {
            const quoted = QUOTED.exec(s.label);
            const kind = quoted ? 'insert' : 'replace';
            // `[x / y: FRA]`: the wording after the last `/` is offered in place of what comes before it.
            const slash = !quoted && s.label.includes('/') ? s.label.lastIndexOf('/') : -1;
            let written = quoted ? quoted[1] : slash >= 0 ? s.label.slice(slash + 1) : s.label;
            // A struck run inside the label (`rehabilitate and reintegrate ~~them~~ convicted criminals:RUS`):
            // the wording is what follows it, the struck words what it replaces.
            const raw = text.slice(ann.off, ann.end);
            const strike = !quoted && slash < 0 && wording.length === 1 ? /~~([^~]+)~~([^~:]*):/.exec(raw) : null;
            if (strike && wordsOf(strike[2]).length > 0)
                written = strike[2];
            const shown = written.replace(/^\s*ALT\s*:\s*/i, '').replace(/^[\s,;:.]+/, '').trim();
            if (wordsOf(shown).length === 0)
                continue;
            const original = slash >= 0 ? s.label.slice(0, slash).trim() : strike && written === strike[2] ? strike[1].trim() : '';
            push(make(kind, s.codes, [], opponents, original, { text: shown, off: ann.off }));
        }
        for (const s of deletes) {
            if (proposing && !UNTIL_HERE.test(s.label) && !FROM_HERE.test(s.label) && !WHOLE.test(s.label))
                continue; // opposition
            let words = [];
            const quoted = QUOTED.exec(s.label);
            if (ann.openIndex !== null)
                words = items.slice(ann.openIndex + 1, i).filter(isWord).filter((w) => !w.struck);
            else if (UNTIL_HERE.test(s.label)) {
                const open = findLast(items.slice(0, i), (x) => x.t === 'open');
                words = items.slice(Math.max(0, open), i).filter(isWord).filter((w) => !w.struck);
            }
            else if (FROM_HERE.test(s.label)) {
                words = items.slice(i + 1).filter(isWord).filter((w) => !w.struck);
                if (words.length === 0)
                    continue;
            }
            else if (WHOLE.test(s.label))
                words = prose;
            else if (quoted)
                continue; // handled with the quoted wording above
            else
                words = stretchBefore(items, i).words;
            push(make('delete', s.codes, words, segs.filter((x) => x.stance === 'oppose').flatMap((x) => x.codes)));
        }
    }
    // Notes of opposition to the paragraph as a whole (`(retain original: IRN)` on a line of its own).
    const notes = annIndices.map((i) => items[i]).filter((a) => a.segments.every((s) => s.stance === 'oppose' || s.stance === 'other') && isNote(items, items.indexOf(a)));
    const noteOpponents = notes.flatMap((a) => a.segments.filter((s) => s.stance === 'oppose').flatMap((s) => s.codes));
    if (noteOpponents.length > 0)
        for (const p of out)
            p.paragraphOpponents = [...new Set(noteOpponents)].filter((c) => !p.codes.includes(c));
    return out;
}
/** A label that is proposed wording rather than a stance (`[reaffirm:SWE/recall:USA]`). */
export function isWording(label) {
    if (QUOTED.test(label) && /\b(add|insert|include)\b/i.test(label))
        return true;
    return !REMARK_START.test(label) && !REMARK_WORDS.test(label) && wordsOf(label).length > 0;
}
/** An annotation with no prose after it in the paragraph and none since a line break: a note. */
function isNote(items, i) {
    return !items.slice(i + 1).some((x) => x.t === 'word' && !x.struck);
}
function stretchBefore(items, i) {
    let j = i - 1;
    // Other annotations and code-less remarks right before are skipped, as the parser does.
    while (j >= 0 && items[j].t === 'ann')
        j--;
    const result = { words: [], slashAt: -1, afterStrike: [], struck: [], before: [], strikeOpen: null };
    const here = items[i];
    const struckNow = here.struck || (j >= 0 && items[j].t === 'strike' && j >= 1 && isStruckBefore(items, j));
    if (struckNow) {
        let k = j;
        if (items[k]?.t === 'strike' && !here.struck)
            k--;
        const struck = [];
        while (k >= 0 && items[k].t !== 'strike' && items[k].t !== 'ann') {
            const x = items[k];
            if (x.t === 'word' && x.struck)
                struck.unshift(x);
            k--;
        }
        result.struck = struck;
        if (items[k]?.t === 'strike') {
            result.strikeOpen = items[k].off;
            result.before = collectBack(items, k - 1).words;
        }
        if (struck.length > 0)
            return result;
        // A struck group right after unstruck wording (`early prompt~~[CHN]~~`): the strike holds the
        // codes only; they attach to the wording before it, as if unstruck.
        if (here.struck && items[k]?.t === 'strike') {
            j = k - 1;
            result.strikeOpen = null;
            result.before = [];
        }
    }
    const back = collectBack(items, j);
    result.words = back.words;
    result.slashAt = back.slashAt;
    if (back.stop >= 0 && items[back.stop].t === 'strike') {
        const struck = [];
        let k = back.stop - 1;
        while (k >= 0 && items[k].t !== 'strike' && items[k].t !== 'ann') {
            const x = items[k];
            if (x.t === 'word' && x.struck)
                struck.unshift(x);
            k--;
        }
        result.afterStrike = struck;
    }
    return result;
}
/** True when the strike mark at `j` closes a struck run (the words right before it are struck). */
function isStruckBefore(items, j) {
    for (let k = j - 1; k >= 0; k--) {
        const x = items[k];
        if (x.t === 'word')
            return x.struck;
        if (x.t === 'strike')
            return false;
    }
    return false;
}
function collectBack(items, from) {
    const words = [];
    let slash = -1;
    let k = from;
    for (; k >= 0; k--) {
        const x = items[k];
        // An inline alternative or remark (`[and crimes against migrants: EGY]`, `(not clear:TUR)`)
        // is not where the stretch begins: only an attribution (bare codes) or a deletion label is.
        if (x.t === 'ann' && !x.segments.some((s) => (s.label === '' || s.stance === 'delete') && s.codes.length > 0))
            continue;
        if (x.t === 'ann' || x.t === 'strike' || x.t === 'open' || x.t === 'close')
            break;
        if (x.t === 'word') {
            if (x.struck)
                break;
            words.unshift(x);
        }
        else if (x.t === 'slash' && slash < 0)
            slash = words.length;
    }
    return { words, slashAt: slash < 0 ? -1 : words.length - slash, stop: k };
}
/** From the first word the base lacks to the end (the stretch's own wording); empty when the base has it all. */
function trimToAdded(words, items, added) {
    const first = words.findIndex((w) => added[items.indexOf(w)]);
    return first < 0 ? [] : words.slice(first);
}
function contextWords(items, from, step) {
    const out = [];
    for (let k = from + step; k >= 0 && k < items.length && out.length < 4; k += step) {
        const x = items[k];
        if (x.t === 'word' && !x.struck)
            out.push(x.norm);
    }
    return step < 0 ? out.reverse() : out;
}
/** The words as written, with the punctuation right after each. */
export function joinWords(text, words) {
    return words
        .map((w, k) => {
        const end = w.off + w.raw.length;
        const after = text[end];
        // A hyphenated word stays one (`non-use`, `victim-centred`).
        if (after === '-' && words[k + 1]?.off === end + 1)
            return `${w.raw}-`;
        return `${w.raw}${after && ',.;:'.includes(after) ? after : ''} `;
    })
        .join('')
        .trim()
        .replace(/[,;:]$/, '');
}
function findLast(xs, f) {
    for (let i = xs.length - 1; i >= 0; i--)
        if (f(xs[i], i))
            return i;
    return -1;
}
/** Where a run of normal forms first stands in a list of words, or -1. */
function findWords(words, norms) {
    if (norms.length === 0)
        return -1;
    for (let i = 0; i + norms.length <= words.length; i++)
        if (norms.every((n, k) => words[i + k].norm === n))
            return i;
    return -1;
}
/** The words after the last `,` `;` `:` between them (all of them when there is none). */
function lastClause(words, text) {
    let from = 0;
    for (let k = 1; k < words.length; k++)
        if (/[,;:]/.test(text.slice(words[k - 1].off + words[k - 1].raw.length, words[k].off)))
            from = k;
    return words.slice(from);
}
/** Whether a sentence ends between the words (`.`, `?`, `!`). */
function sentenceEnd(words, text) {
    for (let k = 1; k < words.length; k++)
        if (/[.?!]/.test(text.slice(words[k - 1].off + words[k - 1].raw.length, words[k].off)))
            return true;
    return false;
}
