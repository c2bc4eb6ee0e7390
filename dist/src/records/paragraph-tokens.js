import { isCloser, pairBrackets, tokens as T } from '../../grammar/index.js';
import { tokenEnd } from '../decode/fold.js';
import { LOOK_AHEAD_TOKENS } from '../paragraphs/sections.js';
import { cleanExcerpt, cleanOpening, detached } from '../util/text.js';
const EXCERPT_LENGTH = 80;
/**
 * How far back, in characters of the source, an excerpt is looked for. Far more than 80 cleaned
 * characters need; without a bound, a paragraph of many unbracketed attributions (`x: FRA; x: BEL;
 * …`) would clean the whole text before each one, in time quadratic in its length.
 */
const EXCERPT_LOOKBACK = 1000;
const UNKNOWN = 0;
const NOT_STRUCK = 1;
const STRUCK = 2;
/** Where an excerpt's walk back stops: the end of a group, or a paragraph label. */
const isExcerptStop = ({ tokenType: type }) => type === T.RBracket || type === T.RParen || type === T.ParagraphLabel;
export class ParagraphTokens {
    source;
    tokens;
    startLine;
    carried;
    struck;
    /** For each bracket, the index of the one it pairs with (pairBrackets, as the parser pairs them); found when first needed. */
    partnerOf;
    /** True when the paragraph ends inside struck text (`check` reports it). */
    endsStruck;
    /**
     * `startLine`: where the paragraph itself starts (the headings before it come first in `tokens`).
     * `carried`: for a later section of a paragraph read in sections, what the sections before it left.
     */
    constructor(source, tokens, startLine = 1, carried) {
        this.source = source;
        this.tokens = tokens;
        this.startLine = startLine;
        this.carried = carried;
        this.opening = carried?.opening;
        let struck = false;
        this.struck = new Uint8Array(tokens.length);
        tokens.forEach((token, i) => {
            if (token.tokenType === T.Strike)
                struck = !struck;
            this.struck[i] = struck ? 1 : 0;
        });
        this.endsStruck = struck;
    }
    /** The position of a token of this paragraph (tokens are in source order: a binary search, no map). */
    indexOf(token) {
        let low = 0;
        let high = this.tokens.length - 1;
        while (low <= high) {
            const mid = (low + high) >> 1;
            const offset = this.tokens[mid].startOffset;
            if (offset === token.startOffset)
                return mid;
            if (offset < token.startOffset)
                low = mid + 1;
            else
                high = mid - 1;
        }
        throw new Error(`token at offset ${token.startOffset} is not in this paragraph`);
    }
    isStruck(token) {
        const label = this.carried?.label;
        if (label && token === label.token)
            return label.struck;
        return this.struck[this.indexOf(token)] === 1;
    }
    /** Source text from the first to the last token, as written. */
    slice(first, last) {
        return this.source.slice(first.startOffset, tokenEnd(last));
    }
    /** A token as written (`FRА` with a Cyrillic А, read as `FRA`). */
    written(token) {
        const written = this.source.slice(token.startOffset, tokenEnd(token));
        // The image itself where they agree: a mention then holds no string of its own.
        return written === token.image ? token.image : written;
    }
    /**
     * Whether the text an annotation starting at `start` is attached to is struck: the first
     * token before it, skipping white space, `:` `;` `/`, strike marks, opening brackets and
     * whole groups (other annotations and code-less remarks).
     */
    attachedTextStruck(start) {
        return this.attachedStruckBefore(this.indexOf(start));
    }
    /** attachedTextStruck for the token at `index` (the tokens' length: after the last one). */
    attachedStruckBefore(index) {
        // Every token a walk passes has the walk's answer: kept, so that a run of groups
        // (`[FRA] [BEL] [RUS] …`) is walked once, not once per group.
        const memo = (this.attachedMemo ??= new Uint8Array(this.tokens.length));
        const partner = (this.partnerOf ??= pairBrackets(this.tokens));
        const passed = [];
        // A walk past the section's start goes on where the sections before it ended.
        let answer = this.carried?.attachedStruck ?? false;
        for (let i = index - 1; i >= 0; i--) {
            if (memo[i] !== UNKNOWN) {
                answer = memo[i] === STRUCK;
                break;
            }
            passed.push(i);
            const type = this.tokens[i].tokenType;
            if (isCloser(this.tokens[i]) && partner[i] >= 0)
                i = partner[i];
            else if (type === T.Colon || type === T.Semicolon || type === T.Slash || type === T.Strike)
                continue;
            else if (type === T.LBracket || type === T.LParen || type === T.RBracket || type === T.RParen)
                continue;
            else {
                answer = this.struck[i] === 1;
                break;
            }
        }
        for (const i of passed)
            memo[i] = answer ? STRUCK : NOT_STRUCK;
        return answer;
    }
    /** For each token, the answer of attachedTextStruck's walk from it down (UNKNOWN until one passes it). */
    attachedMemo;
    /**
     * Up to 80 characters of the prose before `start`, back to the previous group or label, within
     * EXCERPT_LOOKBACK characters of source: prose cut there is marked `…` like prose too long.
     */
    excerptBefore(start) {
        const label = this.carried?.label;
        if (label && start === label.token)
            return label.excerpt;
        let from = start.startOffset;
        let cut = false;
        let stopped = false;
        const tooFar = (offset) => {
            if (start.startOffset - offset <= EXCERPT_LOOKBACK)
                return false;
            // Mid-token, but never between the halves of a surrogate pair.
            from = start.startOffset - EXCERPT_LOOKBACK;
            if (/[\uDC00-\uDFFF]/.test(this.source.charAt(from)))
                from++;
            return (cut = true);
        };
        for (let i = this.indexOf(start) - 1; i >= 0 && !stopped; i--) {
            const token = this.tokens[i];
            stopped = isExcerptStop(token) || tooFar(token.startOffset);
            if (!stopped)
                from = token.startOffset;
        }
        // Past the section's start, the walk reaches back to the sections' earliest token since a stop.
        const before = this.carried?.excerptFrom ?? null;
        if (!stopped && before !== null && !tooFar(before))
            from = before;
        if (from === start.startOffset)
            return '';
        // Detached: cut from the cleaned look-back (up to EXCERPT_LOOKBACK characters), the excerpt
        // would keep all of it alive with every record.
        const text = cleanExcerpt(this.source.slice(from, start.startOffset));
        if (text === '' || (text.length <= EXCERPT_LENGTH && !cut))
            return detached(text);
        return detached(`…${text.slice(Math.max(0, text.length - EXCERPT_LENGTH + 1)).trimStart()}`);
    }
    /** What the next section of the paragraph needs of this one and those before it; `label`: the label that goes on, if any. */
    sectionCarry(label = null) {
        return {
            opening: this.openingExcerpt(), attachedStruck: this.attachedStruckBefore(this.tokens.length),
            excerptFrom: this.excerptFromEnd(), lastLine: this.lineBefore(this.tokens.length),
            label: label && this.carriedLabel(label),
        };
    }
    carriedLabel({ start, words }) {
        const type = words ? T.Text : T.Comma;
        const token = {
            image: words ? 'label' : ',', startOffset: start.startOffset, startLine: start.startLine, startColumn: start.startColumn,
            tokenType: type, tokenTypeIdx: type.tokenTypeIdx,
        };
        return { token, struck: this.isStruck(start), excerpt: this.excerptBefore(start) };
    }
    /** The line of the token before the one at `index`, in the sections before this one too. */
    lineBefore(index) {
        return index > 0 ? this.tokens[index - 1].startLine : this.carried?.lastLine;
    }
    /** The earliest token excerptBefore's walk would reach from past the last token, before the section included. */
    excerptFromEnd() {
        const { tokens } = this;
        for (let i = tokens.length - 1; i >= 0; i--) {
            if (isExcerptStop(tokens[i]))
                return i + 1 < tokens.length ? tokens[i + 1].startOffset : null;
        }
        return this.carried?.excerptFrom ?? tokens[0]?.startOffset ?? null;
    }
    opening;
    /** The paragraph's opening prose outside annotations, for annotations that come first (notes). */
    openingExcerpt() {
        return (this.opening ??= detached(this.findOpeningExcerpt()));
    }
    findOpeningExcerpt() {
        let text = '';
        let depth = 0;
        let previousEnd = -1;
        let own = 0;
        for (const token of this.tokens) {
            if ((token.startLine ?? 0) < this.startLine)
                continue;
            if (own++ >= LOOK_AHEAD_TOKENS)
                break;
            const type = token.tokenType;
            if (type === T.LBracket || type === T.LParen)
                depth++;
            else if (type === T.RBracket || type === T.RParen)
                depth = Math.max(0, depth - 1);
            else if (depth === 0 && (type === T.Text || type === T.Comma || type === T.Dot || type === T.SupportedBy)) {
                text += (previousEnd >= 0 && token.startOffset > previousEnd + 1 ? ' ' : '') + token.image;
                previousEnd = token.startOffset + token.image.length - 1;
                if (text.length > 2 * EXCERPT_LENGTH)
                    break;
            }
        }
        text = cleanOpening(text);
        return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
    }
}
