/**
 * The notation's grammar (see grammar/README.md for the EBNF and railroad diagrams).
 *
 * It accepts every token sequence: a draft is never rejected, only read as far as it makes
 * sense. A group closes at the first closer of either kind (`[…)` is a mis-typed bracket),
 * a group never closed runs to the end of the paragraph, and a closer with nothing open is
 * stray. Those faults are reported by the records stage, not here.
 *
 * Each rule returns its AST node as it is recognised (the builders are in builders.ts):
 * no concrete syntax tree is built and then walked again. Alternatives are built once,
 * not at every repetition. The LABELs name the parts in the railroad diagrams.
 */
import { EmbeddedActionsParser } from 'chevrotain';
import { grammarChecks } from './checks.js';
import { allTokens, Code, Colon, Comma, Dot, LBracket, Link, LParen, ParagraphLabel, RBracket, RParen, Semicolon, Slash, Strike, SupportedBy, Text, } from './tokens.js';
import { build } from './builders.js';
export class DraftParser extends EmbeddedActionsParser {
    constructor() {
        super(allTokens, { maxLookahead: 3, recoveryEnabled: false, skipValidations: !grammarChecks });
        this.performSelfAnalysis();
    }
    /** A paragraph: its label (if any) and its content; closers here close nothing. */
    paragraph = this.RULE('paragraph', () => {
        const children = [];
        this.MANY(() => {
            children.push(this.OR(this.paragraphContent));
        });
        return build.paragraph(children);
    });
    paragraphContent = [
        { ALT: () => this.SUBRULE(this.item) },
        { ALT: () => this.SUBRULE(this.separator) },
        { ALT: () => build.text(this.CONSUME(ParagraphLabel)) },
        { ALT: () => build.stray(this.CONSUME(RBracket, { LABEL: 'strayCloser' })) },
        { ALT: () => build.stray(this.CONSUME(RParen, { LABEL: 'strayCloser' })) },
    ];
    /** `[…]` or `(…)`, nested at will; the closer is optional (an unclosed group). */
    group = this.RULE('group', () => {
        const open = this.OR(this.openers);
        const children = [];
        this.MANY(() => {
            children.push(this.OR2(this.groupContent));
        });
        const close = this.OPTION(() => this.OR3(this.closers)) ?? null;
        return build.group(open, children, close);
    });
    openers = [
        { ALT: () => this.CONSUME(LBracket, { LABEL: 'open' }) },
        { ALT: () => this.CONSUME(LParen, { LABEL: 'open' }) },
    ];
    groupContent = [
        { ALT: () => this.SUBRULE(this.item) },
        { ALT: () => this.SUBRULE(this.separator) },
        { ALT: () => build.text(this.CONSUME(ParagraphLabel)) },
    ];
    closers = [
        { ALT: () => this.CONSUME(RBracket, { LABEL: 'close' }) },
        { ALT: () => this.CONSUME(RParen, { LABEL: 'close' }) },
    ];
    item = this.RULE('item', () => this.OR(this.items));
    items = [
        { ALT: () => this.SUBRULE(this.codeList) },
        { ALT: () => this.SUBRULE(this.group) },
        { ALT: () => build.text(this.CONSUME(Text)) },
        { ALT: () => build.text(this.CONSUME(Comma)) },
        { ALT: () => build.text(this.CONSUME(Dot)) },
        { ALT: () => build.text(this.CONSUME(Strike)) },
        { ALT: () => build.text(this.CONSUME(Link)) },
        { ALT: () => build.text(this.CONSUME(SupportedBy)) },
    ];
    /** `;` splits a group into segments, `:` a segment into label and codes, `/` separates alternatives. */
    separator = this.RULE('separator', () => build.separator(this.OR(this.separators)));
    separators = [
        { ALT: () => this.CONSUME(Semicolon) },
        { ALT: () => this.CONSUME(Colon) },
        { ALT: () => this.CONSUME(Slash) },
    ];
    /**
     * Codes separated by commas, dots or spaces (`ITA.FRA.EU`, `BRA GTM`), joined by
     * `supported by`, each optionally followed by its own remark (`CHN(flexible in modifying)`).
     */
    codeList = this.RULE('codeList', () => {
        const codes = [this.CONSUME(Code)];
        const remarks = [];
        this.MANY({ GATE: this.codeListContinues, DEF: () => {
                const next = this.OR(this.codeListContent);
                if (next.kind === 'group')
                    remarks.push(next);
                else
                    codes.push(next);
            } });
        return build.codeList(codes, remarks);
    });
    /** Each alternative yields the code it ends in, or the remark. */
    codeListContent = [
        { ALT: () => this.CONSUME2(Code) },
        { ALT: () => { this.CONSUME(Comma); this.OPTION(() => this.CONSUME(SupportedBy)); return this.CONSUME3(Code); } },
        { ALT: () => { this.CONSUME(Dot); return this.CONSUME4(Code); } },
        { ALT: () => { this.CONSUME2(SupportedBy); return this.CONSUME5(Code); } },
        // A parenthesis right after a code is that code's remark.
        { GATE: () => this.LA(1).tokenType === LParen, ALT: () => this.SUBRULE(this.group, { LABEL: 'remark' }) },
    ];
    /**
     * The list goes on only where a code follows its separator (`RUS, EGY`), not prose
     * (`NAM, stop at …`, `(OR. en)`): chevrotain's repetition lookahead does not see past
     * the rule's end, so the check is explicit.
     */
    codeListContinues = () => {
        const next = this.LA(1).tokenType;
        if (next === Code || next === LParen)
            return true;
        const afterSeparator = this.LA(2).tokenType;
        if (next === Comma)
            return afterSeparator === Code || (afterSeparator === SupportedBy && this.LA(3).tokenType === Code);
        return (next === Dot || next === SupportedBy) && afterSeparator === Code;
    };
}
/** Built once per process: grammar analysis is the costly part. */
let sharedParser;
export function draftParser() {
    sharedParser ??= new DraftParser();
    return sharedParser;
}
export function parseParagraphTokens(tokens) {
    const parser = draftParser();
    parser.input = tokens;
    const ast = parser.paragraph();
    const errors = parser.errors;
    // The shared parser would otherwise hold the last tokens, and through their images the whole text, until the next parse.
    parser.input = [];
    if (errors.length > 0) {
        // The grammar accepts every sequence; an error here is a bug in the grammar itself.
        throw new Error(`grammar error: ${errors[0].message}`);
    }
    return ast;
}
