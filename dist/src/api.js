/**
 * The library API: `parseDraft(text, options)` runs the whole pipeline on one file:
 * lex -> paragraphs -> parse -> records; `readDraft` runs it one paragraph at a time. The CLI is
 * a thin layer over them.
 */
import { lexInParts, limitNesting, MAX_NESTING, parseParagraph, tokens as T } from '../grammar/index.js';
import { normaliseText } from './decode/decode-draft.js';
import { chunksOf } from './paragraphs/chunks.js';
import { assembleParagraphs } from './paragraphs/assemble.js';
import { hasChapeau } from './paragraphs/chapeau.js';
import { loadCodeTable } from './records/codes.js';
import { extractParagraph } from './records/extract.js';
import { ParagraphTokens } from './records/paragraph-tokens.js';
import { loadVocabulary } from './records/vocabulary.js';
import { lazyDiagnostic, placeOf } from './records/diagnostics.js';
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
    const file = options.file ?? '-';
    const codes = options.codes ?? loadCodeTable();
    const vocabulary = options.vocabulary ?? loadVocabulary();
    const stanceWords = new Set(vocabulary.keywords());
    const { text, invalidLines, likelyEncoding } = draftOf(input, options);
    const isCode = (raw) => codes.lookup(raw) !== null;
    // Lexed a part at a time as the paragraphs are asked for: only the tokens of the paragraph being
    // assembled, and of the part being read, are alive at once.
    const draftParagraphs = assembleParagraphs(chunksOf(text, lexInParts(text)), isCode, hasChapeau(text));
    // The file's own diagnostics come first, so that ties in position keep that order when sorted.
    const diagnostics = invalidEncoding(file, text, invalidLines, likelyEncoding);
    let complete = false;
    function* paragraphs() {
        for (const draft of draftParagraphs) {
            const part = readParagraph(file, text, draft, { codes, vocabulary, stanceWords });
            appendAll(diagnostics, part.diagnostics);
            yield part;
        }
        diagnostics.sort(byPosition);
        complete = true;
    }
    return {
        paragraphs: paragraphs(),
        diagnostics: () => (complete ? diagnostics : diagnostics.slice().sort(byPosition)),
        isComplete: () => complete,
    };
}
/** The text as every stage reads it: a DecodedDraft's as it is, a string's once normalised. */
function draftOf(input, options) {
    if (typeof input === 'string')
        return { text: normaliseText(input), invalidLines: options.invalidLines ?? [] };
    return { text: input.text, invalidLines: options.invalidLines ?? input.invalidLines, likelyEncoding: input.likelyEncoding };
}
function invalidEncoding(file, text, invalidLines, likely) {
    if (invalidLines.length === 0)
        return [];
    // Split once for all of them: once per invalid line would be quadratic in a file of many.
    const lines = text.split('\n');
    return invalidLines.map((line) => {
        const column = Math.max(1, [...lines[line - 1] ?? ''].indexOf('\uFFFD') + 1);
        return lazyDiagnostic({ file, line, column }, 'warning', 'invalid-encoding', () => `invalid bytes for the encoding (UTF-8 or UTF-16), replaced by U+FFFD${likely ? `; the file is most likely ${likely} (--encoding ${likely})` : ''}`);
    });
}
function readParagraph(file, text, draft, rules) {
    const paragraph = toParagraph(file, text, draft);
    const part = { paragraph, annotations: [], records: [], diagnostics: [] };
    // Prose with no code, bracket or strike can yield neither a record nor a diagnostic.
    if (!draft.tokens.some((t) => NEEDS_PARSE.has(t.tokenType)))
        return part;
    const { tokens: limited, tooDeep } = limitNesting(draft.tokens);
    if (tooDeep) {
        part.diagnostics.push(lazyDiagnostic(placeOf(file, tooDeep), 'error', 'nesting-too-deep', () => `brackets nested more than ${MAX_NESTING} deep: the deeper ones are read as text`));
    }
    const ast = parseParagraph(limited);
    const paragraphTokens = new ParagraphTokens(text, limited, draft.startLine);
    const extracted = extractParagraph(ast.children, { file, paragraph: draft.id, paragraphTokens, ...rules });
    part.annotations = extracted.annotations.sort(byPosition);
    part.records = extracted.records.sort(byPosition);
    appendAll(part.diagnostics, extracted.diagnostics);
    part.diagnostics.sort(byPosition);
    return part;
}
/**
 * The paragraph's text is cleaned when first read: most uses (records, matrices, `check`)
 * never read it. Its own tokens are those from its start line on (headings come first).
 */
function toParagraph(file, text, draft) {
    const { tokens, startLine } = draft;
    let first = 0;
    while (first < tokens.length && (tokens[first].startLine ?? 0) < startLine)
        first++;
    let last = tokens.length - 1;
    while (last >= first && (tokens[last].startLine ?? 0) < startLine)
        last--;
    const from = first <= last ? tokens[first].startOffset : 0;
    const to = first <= last ? tokens[last].startOffset + tokens[last].image.length : 0;
    let cleaned;
    return {
        file, id: draft.id, baseId: draft.baseId, kind: draft.kind, label: draft.label,
        startLine, endLine: draft.endLine,
        get text() {
            return (cleaned ??= cleanText(text.slice(from, to)));
        },
        set text(value) {
            cleaned = value;
        },
    };
}
