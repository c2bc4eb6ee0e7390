import { tokens as T } from '../../grammar/index.js';
import { tokenEnd } from '../decode/fold.js';
import { lazyDiagnostic } from './diagnostics.js';
const MARKS = new Set([T.Code, T.ParagraphLabel, T.LBracket, T.RBracket, T.LParen, T.RParen, T.Semicolon, T.Colon, T.Comma, T.Slash]);
const codePointOf = (char) => `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
/** Changes next to each other, of one rule: one finding. */
function runsOf(changes) {
    const runs = [];
    for (const change of changes) {
        const run = runs[runs.length - 1];
        const last = run?.[run.length - 1];
        if (last && last.rule === change.rule && last.writtenTo === change.writtenFrom)
            run.push(change);
        else
            runs.push([change]);
    }
    return runs;
}
function describe(run, token) {
    const points = run.map((c) => codePointOf(c.written)).join(' ');
    const written = run.map((c) => c.written).join('');
    const read = run.map((c) => c.read).join('');
    const code = token && token.tokenType === T.Code ? ` (\`${token.image}\`)` : '';
    switch (run[0].rule) {
        case 'invisible-character':
            return () => `invisible character${run.length > 1 ? 's' : ''} ${points} removed${code}: delete ${run.length > 1 ? 'them' : 'it'}`;
        case 'unusual-space':
            return () => `${points} is not a plain space, read as one${code}: write a plain space`;
        case 'compatibility-form':
            return () => `\`${written}\` (${points}) is a compatibility form of \`${read}\`, read as it${code}: write \`${read}\``;
        case 'confusable-character':
            return () => `\`${written}\` (${points}) is not the Latin \`${read}\` it looks like, read as it${code}: write \`${read}\``;
    }
}
/**
 * The findings of changes [start, end) of `folded`, among one paragraph's tokens (in text order,
 * placed in the text as written). A change counts when it lies inside a group, or inside or right
 * before a token of the notation; only those are looked at in full.
 */
export function characterFindings(file, tokens, folded, [start, end]) {
    if (start === end)
        return [];
    const depthAfter = new Int32Array(tokens.length);
    let depth = 0;
    tokens.forEach((token, i) => {
        const type = token.tokenType;
        if (type === T.LBracket || type === T.LParen)
            depth++;
        else if ((type === T.RBracket || type === T.RParen) && depth > 0)
            depth--;
        depthAfter[i] = depth;
    });
    const counted = [];
    let next = 0;
    for (let i = start; i < end; i++) {
        const [writtenFrom, writtenTo] = folded.writtenSpan(i);
        while (next < tokens.length && tokenEnd(tokens[next]) <= writtenFrom)
            next++;
        const token = tokens[next];
        const inGroup = next > 0 && depthAfter[next - 1] > 0;
        const touches = token !== undefined && token.startOffset <= writtenTo && MARKS.has(token.tokenType);
        if (inGroup || touches)
            counted.push({ change: folded.change(i), token: touches ? token : undefined });
    }
    const found = [];
    const tokenOf = new Map(counted.map(({ change, token }) => [change, token]));
    for (const run of runsOf(counted.map(({ change }) => change))) {
        const first = run[0];
        const token = run.map((change) => tokenOf.get(change)).find((t) => t !== undefined);
        found.push(lazyDiagnostic({ file, line: first.line, column: first.column }, 'warning', first.rule, describe(run, token)));
    }
    return found;
}
