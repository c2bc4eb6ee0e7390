/**
 * An object: the files traced (`draft`, `later`, `base`: `{ file, lines? }`), then the view's rows
 * under its name, all three views when none is asked for. Rows have the CSV's column names, with
 * JSON's types: numbers, `codes` and `opponents` as arrays, null for an absent later paragraph.
 */
export function formatTraceJson({ view, trace, draft, later, base }) {
    const views = view ? [view] : ['paragraphs', 'proposals', 'delegations'];
    const out = { draft, later, ...(base ? { base } : {}) };
    for (const name of views) {
        if (name === 'paragraphs')
            out.paragraphs = trace.paragraphs.map(paragraphJson);
        if (name === 'proposals')
            out.proposals = trace.proposals.map(proposalJson);
        if (name === 'delegations')
            out.delegations = trace.delegations.map(delegationJson);
    }
    return `${JSON.stringify(out, null, 2)}\n`;
}
const paragraphJson = (l) => ({
    draft_paragraph: l.draftParagraph, draft_line: l.draftLine, later_paragraph: l.laterParagraph, later_line: l.laterLine,
    relation: l.relation, similarity: l.relation === 'dropped' ? null : l.similarity,
});
const proposalJson = (p) => ({
    draft_paragraph: p.draftParagraph, line: p.line, column: p.column, codes: p.codes, kind: p.kind, text: p.text,
    survived: p.survived, later_paragraph: p.laterParagraph, later_line: p.laterLine, later_text: p.laterText, score: p.score,
    opponents: p.opponents, paragraph_opponents: p.paragraphOpponents,
});
const delegationJson = (t) => ({
    code: t.code, proposals: t.proposals, yes: t.yes, partly: t.partly, no: t.no, deletions_sought: t.deletionsSought,
    deletions_achieved: t.deletionsAchieved, oppositions: t.oppositions, oppositions_upheld: t.oppositionsUpheld, attainment: t.attainment,
});
