import { isCloser, isOpener, MAX_NESTING, tokens as T } from '../../grammar/index.js';
import { isEmphasis } from './markup.js';
/** A paragraph is cut only once its section holds this many tokens (a little more than 100 KB of draft). */
export const SECTION_TOKENS = 1 << 14;
/** The opening excerpt is known once this many characters of opening prose are read (ParagraphTokens.openingExcerpt). */
const OPENING_ENOUGH = 160;
const WORD = /[\p{L}\p{N}]/u;
export class SectionCuts {
    isCode;
    startLine;
    open = 0;
    tooDeep = false;
    struck = false;
    /** A code or a colon outside brackets since the last `;` there. */
    attributed = false;
    /** The group being read (one level deep) holds only codes and commas, one of them known. */
    bare = false;
    known = false;
    endsInBareGroup = false;
    opening = 0;
    openingEnd = -1;
    /** `startLine`: the paragraph's own first line (headings before it hold no opening prose). */
    constructor(isCode, startLine) {
        this.isCode = isCode;
        this.startLine = startLine;
    }
    add(tokens) {
        for (const token of tokens)
            this.addOne(token);
    }
    /** Whether the section read so far may end before `line`, the tokens from the start of a line. */
    canCutBefore(line) {
        if (!(this.open === 0 && !this.tooDeep && !this.struck && !this.attributed && this.endsInBareGroup && this.opening > OPENING_ENOUGH))
            return false;
        // Prose first, after strike marks or emphasis at most (`~~Text~~ [FRA]`, `**Text**`).
        const first = line.find((token) => token.tokenType !== T.Strike && !isEmphasis(token));
        return first?.tokenType === T.Text && WORD.test(first.image) && first.startLine === line[0].startLine;
    }
    addOne(token) {
        const type = token.tokenType;
        this.readOpening(token);
        if (type === T.Strike)
            this.struck = !this.struck;
        if (isOpener(token)) {
            if (++this.open > MAX_NESTING)
                this.tooDeep = true;
            if (this.open === 1)
                [this.bare, this.known] = [type === T.LBracket, false];
            else
                this.bare = false;
            this.endsInBareGroup = false;
            return;
        }
        if (isCloser(token)) {
            this.endsInBareGroup = this.open === 1 && this.bare && this.known && type === T.RBracket;
            if (this.open > 0)
                this.open--;
            return;
        }
        this.endsInBareGroup = false;
        if (this.open === 1) {
            if (type === T.Code)
                this.known ||= this.isCode(token.image);
            else if (type !== T.Comma)
                this.bare = false;
        }
        else if (this.open === 0) {
            if (type === T.Semicolon)
                this.attributed = false;
            else if (type === T.Code || type === T.Colon)
                this.attributed = true;
        }
    }
    /** How much opening prose ParagraphTokens.findOpeningExcerpt would have read so far. */
    readOpening(token) {
        const type = token.tokenType;
        if (this.opening > OPENING_ENOUGH || (token.startLine ?? 0) < this.startLine || this.open > 0)
            return;
        if (type !== T.Text && type !== T.Comma && type !== T.Dot && type !== T.SupportedBy)
            return;
        this.opening += (this.openingEnd >= 0 && token.startOffset > this.openingEnd + 1 ? 1 : 0) + token.image.length;
        this.openingEnd = token.startOffset + token.image.length - 1;
    }
}
