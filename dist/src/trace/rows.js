export const PARAGRAPH_COLUMNS = ['draft_paragraph', 'draft_line', 'later_paragraph', 'later_line', 'relation', 'similarity'];
export const PROPOSAL_COLUMNS = [
    'draft_paragraph', 'line', 'column', 'codes', 'kind', 'text', 'survived', 'later_paragraph', 'later_line', 'later_text', 'score', 'opponents',
];
export const DELEGATION_COLUMNS = [
    'code', 'proposals', 'yes', 'partly', 'no', 'deletions_sought', 'deletions_achieved', 'oppositions', 'oppositions_upheld', 'attainment',
];
export function paragraphRows(links) {
    return links.map((l) => ({
        draft_paragraph: l.draftParagraph, draft_line: l.draftLine, later_paragraph: l.laterParagraph ?? '',
        later_line: l.laterLine ?? '', relation: l.relation, similarity: l.relation === 'dropped' ? '' : l.similarity,
    }));
}
export function proposalRows(proposals) {
    return proposals.map((p) => ({
        draft_paragraph: p.draftParagraph, line: p.line, column: p.column, codes: p.codes.join(';'), kind: p.kind, text: p.text,
        survived: p.survived, later_paragraph: p.laterParagraph ?? '', later_line: p.laterLine ?? '', later_text: p.laterText,
        score: p.score, opponents: p.opponents.join(';'),
    }));
}
export function delegationRows(tallies) {
    return tallies.map((t) => ({
        code: t.code, proposals: t.proposals, yes: t.yes, partly: t.partly, no: t.no, deletions_sought: t.deletionsSought,
        deletions_achieved: t.deletionsAchieved, oppositions: t.oppositions, oppositions_upheld: t.oppositionsUpheld, attainment: t.attainment,
    }));
}
