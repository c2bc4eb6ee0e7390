import { asText, isCloser, isOpener, MAX_NESTING, tokens as T } from '../../grammar/index.js';
import { isEmphasis } from './markup.js';
/**
 * A paragraph is cut only once its section holds this many tokens (about 25 KB of draft): few
 * enough that a section's tokens, tree and records are gone before the collector moves them to
 * the heap's old space, where garbage waits longer.
 */
export const SECTION_TOKENS = 1 << 12;
/**
 * What is decided about a block or paragraph from its start is decided within this many tokens
 * (a little more than 100 KB of draft, docs/notation.md): a longer block is neither a heading nor
 * a note, and a paragraph's opening excerpt is read from its first this many tokens.
 */
export const LOOK_AHEAD_TOKENS = 1 << 14;
/** The opening excerpt is known once this many characters of opening prose are read (ParagraphTokens.openingExcerpt). */
const OPENING_ENOUGH = 160;
const WORD = /[\p{L}\p{N}]/u;
/** Openers read as text as still open LOOK_AHEAD_TOKENS tokens on (asLongOpenerText), for the records stage to report. */
const longOpenersRead = new WeakSet();
let longOpenersMade = 0;
/** An opener still open LOOK_AHEAD_TOKENS tokens on, as the paragraph reads it: text. */
export function asLongOpenerText(opener) {
    const text = asText(opener);
    longOpenersRead.add(text);
    longOpenersMade++;
    return text;
}
/** Whether `token` is an opener asLongOpenerText made text. */
export const isLongOpener = (token) => longOpenersMade > 0 && longOpenersRead.has(token);
const freshState = () => ({
    open: 0, tooDeep: false, struck: false, attributed: false, segmentStart: 'unknown', endsInCode: false, remarkInSegment: false, bare: false, known: false, closer: null,
    endsInBareGroup: false, endsInSemicolon: false, opening: 0, ownTokens: 0, openingEnd: -1, seen: 0, openers: [],
    oldest: 0, long: [],
});
/** A copy of `state` where a section starts: no bracket open (a cut falls only there), lists of its own. */
const atCut = (state) => ({ ...state, openers: [], oldest: 0, long: [] });
export class SectionCuts {
    isCode;
    startLine;
    carriesLabels;
    s = freshState();
    /** The state where the section being read starts, read again from when an opener is read as text. */
    sectionStart = freshState();
    /**
     * `startLine`: the paragraph's own first line (headings before it hold no opening prose).
     * `carriesLabels`: a label may go on over a cut (SectionCarry's `label`).
     */
    constructor(isCode, startLine, carriesLabels) {
        this.isCode = isCode;
        this.startLine = startLine;
        this.carriesLabels = carriesLabels;
    }
    add(tokens) {
        for (const token of tokens)
            this.addOne(token);
    }
    /** The section read so far is given out: the next one starts here. */
    cut() {
        this.sectionStart = atCut(this.s);
    }
    /**
     * The brackets not closed on their own line and still open LOOK_AHEAD_TOKENS tokens after they
     * opened, whether closed since or not: each is read as text (asLongOpenerText), so that a bracket
     * never closed does not hold the rest of its paragraph. Found token by token, so that where a
     * section is cut changes nothing.
     */
    longOpeners() {
        return this.s.long;
    }
    /** Reads the section again from its start: `tokens`, the section's, with some of its openers now text. */
    readAgain(tokens) {
        this.s = atCut(this.sectionStart);
        this.add(tokens);
    }
    /** Whether the section read so far may end before `line`, the tokens from the start of a line. */
    canCutBefore(line) {
        const openingKnown = this.s.opening > OPENING_ENOUGH || this.s.ownTokens >= LOOK_AHEAD_TOKENS;
        if (!(this.s.open === 0 && !this.s.tooDeep && !this.s.struck && openingKnown))
            return false;
        if (this.s.endsInSemicolon)
            return true;
        if (this.carriesLabels) {
            // A label begun before the cut is carried; leading codes are read with all that follows them.
            if (this.s.segmentStart === 'codes' || this.s.endsInCode || this.s.remarkInSegment)
                return false;
        }
        else if (this.s.attributed || !this.s.endsInBareGroup)
            return false;
        // Prose or a bracket first, after strike marks or emphasis at most (`~~Text~~ [FRA]`, `**Text**`,
        // `[BEL]`); codes first would be a segment's leading codes, which the whole paragraph does not have.
        const first = line.find((token) => token.tokenType !== T.Strike && !isEmphasis(token));
        if (first === undefined || first.startLine !== line[0].startLine)
            return false;
        return isOpener(first) || (first.tokenType === T.Text && WORD.test(first.image));
    }
    addOne(token) {
        const type = token.tokenType;
        this.readOpening(token);
        this.s.seen++;
        // Long, and not closed on its own line: a bracket of any length closed on its line is read as usual.
        const oldest = this.s.openers[this.s.oldest];
        if (oldest && this.s.seen - oldest.at > LOOK_AHEAD_TOKENS && (token.startLine ?? 0) > (oldest.token.startLine ?? 0)) {
            this.s.long.push(oldest.token);
            this.s.oldest++;
        }
        this.s.endsInSemicolon = this.s.open === 0 && type === T.Semicolon;
        if (type === T.LParen && this.s.endsInCode)
            this.s.remarkInSegment = true;
        this.s.endsInCode = type === T.Code;
        if (this.s.open === 0)
            this.readSegmentStart(type);
        if (type === T.Strike)
            this.s.struck = !this.s.struck;
        if (isOpener(token)) {
            this.s.openers.push({ token, at: this.s.seen });
            if (++this.s.open > MAX_NESTING)
                this.s.tooDeep = true;
            if (this.s.open === 1)
                [this.s.bare, this.s.known, this.s.closer] = [true, false, type === T.LBracket ? T.RBracket : T.RParen];
            else
                this.s.bare = false;
            this.s.endsInBareGroup = false;
            return;
        }
        if (isCloser(token)) {
            this.s.endsInBareGroup = this.s.open === 1 && this.s.bare && this.s.known && type === this.s.closer;
            if (this.s.open > 0) {
                this.s.open--;
                if (this.s.openers.length > this.s.oldest)
                    this.s.openers.pop();
            }
            return;
        }
        this.s.endsInBareGroup = false;
        if (this.s.open === 1) {
            if (type === T.Code)
                this.s.known ||= this.isCode(token.image);
            else if (type === T.Colon || type === T.Semicolon)
                [this.s.bare, this.s.known] = [true, false];
            else if (type !== T.Comma)
                this.s.bare = false;
        }
        else if (this.s.open === 0) {
            if (type === T.Semicolon)
                this.s.attributed = false;
            else if (type === T.Code || type === T.Colon)
                this.s.attributed = true;
        }
    }
    /** A token outside brackets: how the segment it is in starts (segmentStart). */
    readSegmentStart(type) {
        if (type === T.Semicolon)
            [this.s.segmentStart, this.s.remarkInSegment] = ['unknown', false];
        else if (type === T.Slash && this.s.attributed)
            this.s.segmentStart = 'codes';
        else if (this.s.segmentStart === 'unknown' && type !== T.Comma && type !== T.Dot && type !== T.Strike) {
            this.s.segmentStart = type === T.Code ? 'codes' : 'other';
        }
    }
    /** How much opening prose ParagraphTokens.findOpeningExcerpt would have read so far. */
    readOpening(token) {
        const type = token.tokenType;
        if ((token.startLine ?? 0) < this.startLine || this.s.ownTokens++ >= LOOK_AHEAD_TOKENS)
            return;
        if (this.s.opening > OPENING_ENOUGH || this.s.open > 0)
            return;
        if (type !== T.Text && type !== T.Comma && type !== T.Dot && type !== T.SupportedBy)
            return;
        this.s.opening += (this.s.openingEnd >= 0 && token.startOffset > this.s.openingEnd + 1 ? 1 : 0) + token.image.length;
        this.s.openingEnd = token.startOffset + token.image.length - 1;
    }
}
