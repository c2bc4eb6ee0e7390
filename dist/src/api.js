import { lexInParts, limitNesting, MAX_NESTING, parseParagraph, tokens as T } from '../grammar/index.js';
import { normaliseText } from './decode/decode-draft.js';
import { FoldedText, tokenEnd } from './decode/fold.js';
import { chunksOf } from './paragraphs/chunks.js';
import { assembleParagraphs } from './paragraphs/assemble.js';
import { hasChapeau } from './paragraphs/chapeau.js';
import { isLongOpener, LOOK_AHEAD_TOKENS, SECTION_TOKENS } from './paragraphs/sections.js';
import { loadCodeTable } from './records/codes.js';
import { extractParagraph } from './records/extract.js';
import { recordsOf } from './records/annotations.js';
import { ParagraphTokens } from './records/paragraph-tokens.js';
import { loadVocabulary } from './records/vocabulary.js';
import { extractOpening } from './records/opening.js';
import { assembleArticles } from './paragraphs/articles.js';
import { profileCodes } from './profiles/codes.js';
import { articlePattern, lexingRulesOf, numberedAfterOf } from './profiles/labels.js';
import { layoutOf } from './profiles/layout.js';
import { KYOTO_PROFILE } from './profiles/shipped.js';
import { lazyDiagnostic, placeOf } from './records/diagnostics.js';
import { CLOSER_OF } from './records/bracket-faults.js';
import { characterFindings } from './records/character-findings.js';
import { readFoldedCodes } from './records/folded-codes.js';
import { appendAll } from './util/arrays.js';
import { cleanText } from './util/text.js';
const NEEDS_PARSE = new Set([T.Code, T.LBracket, T.LParen, T.RBracket, T.RParen, T.Strike]);
/**
 * Orders records, annotations and diagnostics by line, then column.
 *
 * @example
 * ```ts
 * const everything = [...result.records, ...result.diagnostics].sort(byPosition);
 * ```
 */
export const byPosition = (a, b) => a.line - b.line || a.column - b.column;
/**
 * Reads one draft, the whole pipeline at once: its paragraphs, annotations, stance records and diagnostics.
 *
 * Only a string (or a DecodedDraft) is needed: no file is read, so it runs in a browser as in Node.
 *
 * @example
 * ```ts
 * const { records, diagnostics } = parseDraft('1. Strengthen cooperation [FRA,UK; delete:RUS]\n', { file: 'draft.txt' });
 * records.map((r) => `${r.country} ${r.stance}`); // ['FRA support', 'GBR support', 'RUS delete']
 * ```
 */
export function parseDraft(input, options = {}) {
    const reading = readDraft(input, options);
    const result = { paragraphs: [], annotations: [], records: [] };
    for (const part of reading.paragraphs) {
        result.paragraphs.push(part.paragraph);
        appendAll(result.annotations, part.annotations);
        appendAll(result.records, part.records);
    }
    return { ...result, diagnostics: reading.diagnostics() };
}
/**
 * Reads one draft paragraph by paragraph: what parseDraft returns, in parts, each read when it is reached.
 *
 * @example
 * ```ts
 * const reading = readDraft(text, { file: 'draft.txt' });
 * for (const { paragraph, records } of reading.paragraphs) console.log(paragraph.id, records.length);
 * console.log(reading.diagnostics().length);
 * ```
 */
export function readDraft(input, options = {}) {
    const reading = readSections(input, options);
    function* paragraphs() {
        let whole = null;
        for (const { complete, ...section } of reading.sections) {
            if (!whole)
                whole = section;
            else {
                appendAll(whole.annotations, section.annotations);
                appendAll(whole.records, section.records);
                appendAll(whole.diagnostics, section.diagnostics);
            }
            if (complete) {
                yield whole;
                whole = null;
            }
        }
    }
    return { paragraphs: paragraphs(), diagnostics: reading.diagnostics, isComplete: reading.isComplete, inTextOrder: reading.inTextOrder };
}
/**
 * readDraft with a very long paragraph given out in sections, each with the paragraph (the same
 * object, final once `complete`) and its own annotations, records and diagnostics, so that a
 * caller that writes as it reads holds one section at a time. Concatenated, a paragraph's
 * sections give what readDraft gives for it. `sectionTokens`: the fewest tokens of a section
 * (the tests cut at every place allowed).
 */
export function readSections(input, options = {}, sectionTokens = SECTION_TOKENS) {
    const file = options.file ?? '-';
    const codes = options.codes ?? loadCodeTable();
    const vocabulary = options.vocabulary ?? loadVocabulary();
    const stanceWords = new Set(vocabulary.keywords());
    const { text: written, invalidLines, likelyEncoding, encoding } = draftOf(input, options);
    const profile = options.notation ?? KYOTO_PROFILE;
    const lookup = profileCodes(profile, codes);
    // A profile's page layout blanks furniture and footnote numbers in place: lines and columns stay the file's.
    const layout = profile === KYOTO_PROFILE ? null : layoutOf(written, profile, Object.keys(profile.stanceWords));
    const text = layout?.text ?? written;
    const isCode = (raw) => lookup.lookup(raw) !== null;
    // Look-alike, invisible and compatibility characters read as meant (src/decode/fold.ts): the
    // stages up to the paragraphs read the folded text; each paragraph's tokens are then placed in
    // the text as written, which its text, excerpts and records are taken from. The fold keeps line
    // ends, so the layout's lines hold for the folded text too.
    const folded = FoldedText.of(text);
    // Lexed a part at a time as the paragraphs are asked for: only the tokens of the section being
    // assembled, and of the part being read, are alive at once.
    const article = articlePattern(profile);
    const parts = lexInParts(folded.text, undefined, lexingRulesOf(profile));
    const draftParagraphs = profile.paragraphs.scheme === 'articles' && article
        ? assembleArticles(chunksOf(folded.text, parts, { labelsOpenTheirLine: true, startsChunk: layout?.footnoteStarts, pieceTokens: Infinity }), article, layout, numberedAfterOf(profile))
        : assembleParagraphs(chunksOf(folded.text, parts, { startsChunk: layout?.footnoteStarts, pieceTokens: sectionTokens }), isCode, hasChapeau(folded.text), { tokens: sectionTokens, carriesLabels: profile.annotation === 'after' });
    // The file's own diagnostics come first, so that ties in position keep that order when sorted.
    const diagnostics = invalidEncoding(file, text, invalidLines, likelyEncoding, encoding);
    let complete = false;
    function* sections() {
        let changesFrom = 0;
        let reader = null;
        for (const draft of draftParagraphs) {
            // Every change is looked at once, with the section whose tokens it comes before or among.
            let tokens = folded.remap(draft.tokens);
            const until = tokens.length > 0 ? tokenEnd(tokens[tokens.length - 1]) : changesFrom;
            const changes = folded.changeIndexes(changesFrom, until);
            changesFrom = Math.max(changesFrom, until);
            if (!draft.continued)
                reader = new ParagraphReader(file, text, draft, { codes: lookup, vocabulary, stanceWords }, profile);
            const { part, names } = reader.read(draft);
            const findings = characterFindings(file, tokens, folded, changes);
            if (findings.length > 0) {
                appendAll(part.diagnostics, findings);
                part.diagnostics.sort(byPosition);
            }
            // The section's tokens go before its records are made: one group of many codes would
            // otherwise hold its tokens, mentions and records at once.
            draft.tokens = [];
            tokens = [];
            part.records = recordsOf({ annotations: part.annotations, names }).sort(byPosition);
            appendAll(diagnostics, part.diagnostics);
            yield { ...part, complete: draft.complete };
        }
        diagnostics.sort(byPosition);
        complete = true;
    }
    return {
        sections: sections(),
        diagnostics: () => (complete ? diagnostics : diagnostics.slice().sort(byPosition)),
        isComplete: () => complete,
        inTextOrder: layout === null,
    };
}
/** The text as every stage reads it: a DecodedDraft's as it is, a string's once normalised. */
function draftOf(input, options) {
    if (typeof input === 'string')
        return { text: normaliseText(input), invalidLines: options.invalidLines ?? [] };
    return { text: input.text, invalidLines: options.invalidLines ?? input.invalidLines, likelyEncoding: input.likelyEncoding, encoding: input.encoding };
}
function invalidEncoding(file, text, invalidLines, likely, encoding) {
    if (invalidLines.length === 0)
        return [];
    // Split once for all of them: once per invalid line would be quadratic in a file of many.
    const lines = text.split('\n');
    return invalidLines.map((line) => {
        const column = Math.max(1, [...lines[line - 1] ?? ''].indexOf('\uFFFD') + 1);
        return lazyDiagnostic({ file, line, column }, 'warning', 'invalid-encoding', () => `invalid bytes for ${encoding ?? 'the encoding'}, replaced by U+FFFD${likely ? `; the file is most likely ${likely} (--encoding ${likely})` : ''}`);
    });
}
/** Reads one paragraph, section by section: what the sections share is kept here. */
class ParagraphReader {
    file;
    text;
    rules;
    profile;
    paragraph;
    range;
    /** What the sections read so far leave to the next (sections.ts). */
    carry;
    tooDeepSeen = false;
    constructor(file, text, first, rules, profile) {
        this.file = file;
        this.text = text;
        this.rules = rules;
        this.profile = profile;
        this.range = ownRange(first);
        this.paragraph = toParagraph(file, text, first, this.range);
    }
    /** The section's paragraph, annotations and diagnostics (its records are made from them), and the names of the delegations mentioned. */
    read(draft) {
        const { file, text, paragraph } = this;
        if (draft.continued) {
            const { to } = ownRange(draft);
            if (to > 0)
                this.range.to = to;
        }
        paragraph.endLine = draft.endLine;
        const part = { paragraph, annotations: [], records: [], diagnostics: [] };
        for (const token of draft.tokens)
            if (isLongOpener(token))
                part.diagnostics.push(longOpenerDiagnostic(file, token));
        // Prose with no code, bracket or strike can yield neither a record nor a diagnostic; read, a
        // section leaves the next one the label that goes on (annotations after their text).
        const leavesLabel = !draft.complete && this.profile.annotation === 'after';
        if (!leavesLabel && !draft.tokens.some((t) => NEEDS_PARSE.has(t.tokenType))) {
            if (!draft.complete)
                this.carry = new ParagraphTokens(text, draft.tokens, paragraph.startLine, this.carry).sectionCarry();
            return { part, names: new Map() };
        }
        const folded = readFoldedCodes(file, text, draft.tokens, this.rules.codes);
        appendAll(part.diagnostics, folded.diagnostics);
        const { tokens: limited, tooDeep } = limitNesting(folded.tokens);
        if (tooDeep && !this.tooDeepSeen) {
            this.tooDeepSeen = true;
            part.diagnostics.push(lazyDiagnostic(placeOf(file, tooDeep), 'error', 'nesting-too-deep', () => `brackets nested more than ${MAX_NESTING} deep: the deeper ones are read as text`));
        }
        const ast = parseParagraph(limited);
        const paragraphTokens = new ParagraphTokens(text, limited, paragraph.startLine, this.carry);
        const context = { file, paragraph: draft.id, paragraphTokens, ...this.rules };
        const label = this.carry?.label;
        const after = this.profile.annotation === 'after'
            ? extractParagraph(label ? [{ kind: 'text', token: label.token }, ...ast.children] : ast.children, context) : null;
        const extracted = after ?? extractOpening(ast.children, { ...context, profile: this.profile, inFootnote: draft.kind === 'footnote' });
        if (!draft.complete)
            this.carry = paragraphTokens.sectionCarry(leavesLabel && after ? after.openLabel() : null);
        part.annotations = extracted.annotations.sort(byPosition);
        appendAll(part.diagnostics, extracted.diagnostics);
        part.diagnostics.sort(byPosition);
        return { part, names: extracted.names };
    }
}
/** A bracket not closed on its line and still open LOOK_AHEAD_TOKENS tokens on, read as text (sections.ts, asLongOpenerText). */
function longOpenerDiagnostic(file, opener) {
    const bracket = opener.image;
    return lazyDiagnostic(placeOf(file, opener), 'error', 'unclosed-group', () => `\`${bracket}\` is still open ${LOOK_AHEAD_TOKENS.toLocaleString('en')} tokens on (about 100 KB): read as text with the codes after it on its line, and what follows as outside it; add \`${CLOSER_OF[bracket]}\` where the annotation ends`);
}
/** Where a paragraph's own text starts and ends in the source: from its start line on (headings come first); 0, 0 for none. */
function ownRange({ tokens, startLine }) {
    let first = 0;
    while (first < tokens.length && (tokens[first].startLine ?? 0) < startLine)
        first++;
    let last = tokens.length - 1;
    while (last >= first && (tokens[last].startLine ?? 0) < startLine)
        last--;
    const from = first <= last ? tokens[first].startOffset : 0;
    const to = first <= last ? tokenEnd(tokens[last]) : 0;
    return { from, to };
}
/** The paragraph's text is cleaned when first read: most uses (records, matrices, `check`) never read it. */
function toParagraph(file, text, draft, range) {
    let cleaned;
    return {
        file, id: draft.id, baseId: draft.baseId, kind: draft.kind, label: draft.label,
        startLine: draft.startLine, endLine: draft.endLine,
        get text() {
            return (cleaned ??= cleanText(text.slice(range.from, range.to)));
        },
        set text(value) {
            cleaned = value;
        },
    };
}
