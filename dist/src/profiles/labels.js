/** `1.` where a line starts (or `1` before a capital: `2 Each Party shall…`). */
const NUMBERED = /\d{1,3}(?:\.(?=[ \t]|$)|[ \t]+(?=[A-Z[]))/my;
/** `4.` after an opening annotation (`[US/MX propose; BN oppose: 4. Nothing…`), or `3` before a capital (`[CL:3 Paragraphs…`). */
const NUMBERED_MID_LINE = /\d{1,3}(?:\.(?=[ \t]|$)|(?=[ \t]+[A-Z]))/my;
const cache = new WeakMap();
export function lexingRulesOf(profile) {
    if (cache.has(profile))
        return cache.get(profile);
    const article = articlePattern(profile);
    const words = Object.keys(profile.stanceWords).sort((a, b) => b.length - a.length);
    const rules = article
        ? {
            lineStart: [article, NUMBERED],
            numbered: NUMBERED_MID_LINE,
            numberedAfter: numberedAfterOf(profile),
            wordsAfterCode: words.length > 0 ? new RegExp(`(?:${words.join('|')})(?![\\p{L}])`, 'uy') : null,
        }
        : null;
    cache.set(profile, rules);
    return rules;
}
/** The article label of an `articles` scheme, tried where a line starts (a leading `^` in the profile is implied and dropped). */
export function articlePattern(profile) {
    const source = profile.paragraphs.scheme === 'articles' ? profile.paragraphs.article : undefined;
    return source ? new RegExp(source.replace(/^\^/, ''), 'uy') : null;
}
/** What a line may hold before a numbered paragraph's number in the middle of it (`[US propose: 1.`). */
export function numberedAfterOf(profile) {
    const source = profile.paragraphs.numberedAfter;
    return source ? new RegExp(source, 'u') : null;
}
