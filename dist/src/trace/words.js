/**
 * Words: how the tracer reads wording. A word is a run of letters and digits; its normal form is
 * lower-cased, British `-ise` spelt `-ize`, and lightly stemmed (`combatting`, `combating` and
 * `combat` are one word), so that a later text's small rewordings still align.
 */
const WORD = /[\p{L}\p{N}]+/gu;
/** Function words: they align, but weigh little in similarity and coverage. */
const STOPWORDS = new Set(('a an the and or of in on at to for by with from as is are be been being that this these those which who whom ' +
    'its it their they them our we us all any such other into than then so also well including inter alia ' +
    'has have had was were will shall may can should would not no nor but if where when while upon within ' +
    'through between among amongst per via both each more most further').split(' '));
/** The normal form of one word. */
export function normalWord(word) {
    let w = word.toLowerCase();
    if (w.length > 5 && /is(e|ed|es|ing|ation|ations)$/.test(w))
        w = w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
    // reintegration, reintegrating, reintegrate -> reintegr; cooperation, cooperate -> cooper
    if (w.length > 7 && /(ations?|ating|ated|ates|ate)$/.test(w))
        return w.replace(/(ations?|ating|ated|ates|ate)$/, '');
    if (w.length > 4) {
        if (w.endsWith('ies'))
            w = `${w.slice(0, -3)}y`;
        else if (w.endsWith('ing') && w.length > 5)
            w = w.slice(0, -3);
        else if (w.endsWith('ed') && w.length > 4)
            w = w.slice(0, -2);
        else if (w.endsWith('es') && w.length > 4 && /(ss|sh|ch|x|z)es$/.test(w))
            w = w.slice(0, -2);
        else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
            w = w.slice(0, -1);
        // combatt(ing) -> combat; plann(ed) -> plan
        if (w.length > 4 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ss|ll)$/.test(w))
            w = w.slice(0, -1);
        if (w.length > 4 && w.endsWith('e'))
            w = w.slice(0, -1);
    }
    return w;
}
/** Whether a normalised (lower-case) word is a function word. */
export const isStopword = (normal) => STOPWORDS.has(normal);
/** How much one word counts in coverage and similarity: content words 1, function words 0.3. */
export const weightOf = (normal) => (isStopword(normal) ? 0.3 : 1);
/** The words of a text, as written. */
export function wordsOf(text) {
    return text.match(WORD) ?? [];
}
/** The normal forms of a text's words. */
export function normalWords(text) {
    return wordsOf(text).map(normalWord);
}
/** Collapses white space and trims. */
export const squash = (text) => text.replace(/\s+/g, ' ').trim();
/** Removes Markdown emphasis, heading marks, inline HTML and link targets left by conversion. */
export function stripMarkup(text) {
    return text
        .replace(/<\/?[a-z][^>]*>/gi, '')
        .replace(/\]\(#\)/g, ']')
        .replace(/\*+/g, '')
        .replace(/^#+\s*/gm, '');
}
