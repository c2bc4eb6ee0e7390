import { isCloser, tokens as T } from '../../grammar/index.js';
import { latinLookAlike, tokenEnd } from '../decode/fold.js';
import { lazyDiagnostic, placeOf } from './diagnostics.js';
const BEFORE = new Set([T.LBracket, T.LParen, T.Comma, T.Semicolon, T.Colon, T.Slash]);
const AFTER = new Set([T.RBracket, T.RParen, T.Comma, T.Semicolon, T.Slash]);
const JOINS = new Set([T.Comma, T.Slash]);
/** The code a word may stand for, and whether it is written in another script; null if it is no candidate. */
function codeOf(word) {
    if (/^[A-Za-z]{2,3}$/.test(word))
        return word === word.toUpperCase() ? null : { code: word.toUpperCase(), script: false };
    const letters = [...word];
    if (letters.length < 2 || letters.length > 3)
        return null;
    const read = letters.map(latinLookAlike);
    return read.every((letter) => letter !== null) ? { code: read.join('').toUpperCase(), script: true } : null;
}
/** A Text token's candidate, if it is one (see the module's comment). */
function candidateAt(tokens, i, codes) {
    const token = tokens[i];
    if (token.tokenType !== T.Text || i === 0 || i + 1 >= tokens.length)
        return null;
    if (!BEFORE.has(tokens[i - 1].tokenType) || !AFTER.has(tokens[i + 1].tokenType))
        return null;
    const word = token.image.trimEnd();
    if (word.length > 6)
        return null;
    const found = codeOf(word);
    return found && codes.lookup(found.code) !== null ? { ...found, word } : null;
}
/**
 * One paragraph's tokens with the candidates that are read replaced by Code tokens (image the
 * code, place and end as written), and the findings.
 */
export function readFoldedCodes(file, source, tokens, codes) {
    const candidates = [];
    const groups = [];
    let list = { known: false };
    let listOpen = false;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const type = token.tokenType;
        const group = groups[groups.length - 1];
        if (type === T.LBracket || type === T.LParen)
            groups.push({ square: type === T.LBracket, known: false, candidates: 0 });
        else if (type === T.RBracket || type === T.RParen)
            groups.pop();
        const item = type === T.Code || type === T.Text;
        if (!item && !JOINS.has(type))
            listOpen = false;
        if (!group || !item)
            continue;
        if (!listOpen)
            list = { known: false };
        listOpen = true;
        if (type === T.Code) {
            if (codes.lookup(token.image) !== null)
                list.known = group.known = true;
            continue;
        }
        const found = candidateAt(tokens, i, codes);
        if (!found) {
            listOpen = false;
            continue;
        }
        const certain = group.square && !found.script && found.word !== found.word.toLowerCase();
        if (certain)
            list.known = group.known = true;
        group.candidates++;
        candidates.push({ index: i, code: found.code, written: found.word, certain, group, script: found.script, list });
    }
    const diagnostics = foreignWordsNotCandidates(file, tokens, codes, new Set(candidates.map((c) => c.index)));
    if (candidates.length === 0)
        return { tokens, diagnostics };
    const read = tokens.slice();
    for (const candidate of candidates) {
        const token = tokens[candidate.index];
        const { code, written, script } = candidate;
        const name = codes.lookup(code).name;
        if (candidate.certain || candidate.list.known) {
            const end = token.startOffset + source.slice(token.startOffset, tokenEnd(token)).trimEnd().length;
            read[candidate.index] = { ...token, image: code, tokenType: T.Code, tokenTypeIdx: T.Code.tokenTypeIdx, endOffset: end - 1 };
            const message = script
                ? () => `\`${written}\` is written in letters of another script that look like Latin ones: read as \`${code}\` (${name}); write \`${code}\``
                : () => `\`${written}\` is read as \`${code}\` (${name}): write delegation codes in upper case`;
            diagnostics.push(lazyDiagnostic(placeOf(file, token), 'warning', script ? 'confusable-character' : 'lowercase-code', message));
        }
        else if (candidate.group.known || candidate.group.candidates > 1 || (script && written === written.toUpperCase())) {
            const how = script ? IN_ANOTHER_SCRIPT : written === written.toLowerCase() ? 'in lower case' : 'in mixed case';
            diagnostics.push(ambiguousCode(placeOf(file, token), written, how, code, name));
        }
    }
    return { tokens: read, diagnostics };
}
const IN_ANOTHER_SCRIPT = 'in letters of another script';
/** The error of a word, written `how`, that may be `code` or a word: it is not read. */
const ambiguousCode = (place, written, how, code, name) => lazyDiagnostic(place, 'error', 'ambiguous-code', () => `\`${written}\`, ${how}, may be the code \`${code}\` (${name}) or a word: not read as a code; write \`${code}\` if the delegation is meant`);
const NON_ASCII = /[^\x00-\x7f]/;
/** What may stand on either side of a code in a list: a bracket, a list mark, a strike mark or a code. */
const BESIDE_CODE = new Set([
    T.LBracket, T.LParen, T.RBracket, T.RParen, T.Colon, T.Comma, T.Semicolon, T.Slash, T.Dot, T.Strike, T.SupportedBy, T.Code,
]);
const LIST_MARKS = new Set([T.Colon, T.Comma, T.Semicolon, T.Slash, T.Dot]);
/**
 * Words wholly in capitals of another script that read as a known code and stand where a code
 * stands, but are no candidate: a whole item between the marks of a list (or a code, or the line's
 * end) in a group (`[ΙΤΑ.FRA]`, `[ϹΗΕ: delete …]`) or beside a code in Latin letters (`Move OP6
 * to OP1: ΙΤΑ, CHE`, `crime: USA.ϹΑΝ`); in a group, also the word of wording right before or after
 * a list of Latin codes (`support ѴЕΝ, HON`, `RUS: ЈΡΝ noted`). Not read: an `ambiguous-code`
 * error. Words of other scripts inside wording (`[ΓΙΑ ΤΟΝ ΑΝΘΡΩΠΟ: GRC]`) or in lists of no Latin
 * code (`Products: СОК, ЧАЙ`) are left alone.
 */
function foreignWordsNotCandidates(file, tokens, codes, candidates) {
    const diagnostics = [];
    const isCode = (at) => tokens[at]?.tokenType === T.Code;
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const type = token.tokenType;
        if (type === T.LBracket || type === T.LParen)
            depth++;
        else if ((type === T.RBracket || type === T.RParen) && depth > 0)
            depth--;
        if (type !== T.Text || candidates.has(i) || !NON_ASCII.test(token.image))
            continue;
        const before = tokens[i - 1];
        const after = tokens[i + 1];
        const lineEnds = after === undefined || after.startLine !== token.startLine;
        const listBefore = isCode(i - 1) || (before !== undefined && LIST_MARKS.has(before.tokenType) && isCode(i - 2));
        const listGoesOn = !lineEnds && (isCode(i + 1) || (after.tokenType !== T.Colon && LIST_MARKS.has(after.tokenType) && isCode(i + 2)));
        const words = token.image.trim().split(/\s+/);
        let word;
        let column;
        if (words.length === 1) {
            // A whole item, between what may stand beside a code: in a group, or beside a Latin code.
            if (!before || !BESIDE_CODE.has(before.tokenType) || !(lineEnds || BESIDE_CODE.has(after.tokenType)))
                continue;
            if (!(depth > 0 || (!lineEnds && isCloser(after)) || listBefore || listGoesOn))
                continue;
            [word, column] = [words[0], token.image.indexOf(words[0])];
        }
        else if (depth > 0 && listGoesOn) {
            // In a group, the last word of wording a list of Latin codes goes on after (`support ѴЕΝ, HON`).
            [word, column] = [words.at(-1), token.image.lastIndexOf(words.at(-1))];
        }
        else if (depth > 0 && listBefore) {
            // In a group, the first word after a list of Latin codes (`RUS: ЈΡΝ noted`).
            [word, column] = [words[0], token.image.indexOf(words[0])];
        }
        else
            continue;
        const found = codeOf(word);
        const known = found?.script && word === word.toUpperCase() ? codes.lookup(found.code) : null;
        if (!found || !known)
            continue;
        const place = { file, line: token.startLine ?? 1, column: (token.startColumn ?? 1) + column };
        diagnostics.push(ambiguousCode(place, word, IN_ANOTHER_SCRIPT, found.code, known.name));
    }
    return diagnostics;
}
