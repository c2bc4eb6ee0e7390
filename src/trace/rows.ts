/**
 * The tracer's results as rows with the column names, in column order, for a formatter
 * (table, CSV, JSON): `PARAGRAPH_COLUMNS`, `PROPOSAL_COLUMNS`, `DELEGATION_COLUMNS`. Lists are
 * `;`-separated; absent later fields are empty strings.
 */
import type { DelegationTally, ParagraphLink, Proposal } from './types.js';

export const PARAGRAPH_COLUMNS = ['draft_paragraph', 'draft_line', 'later_paragraph', 'later_line', 'relation', 'similarity'] as const;
export const PROPOSAL_COLUMNS = [
  'draft_paragraph', 'line', 'column', 'codes', 'kind', 'text', 'survived', 'later_paragraph', 'later_line', 'later_text', 'score', 'opponents',
] as const;
export const DELEGATION_COLUMNS = [
  'code', 'proposals', 'yes', 'partly', 'no', 'deletions_sought', 'deletions_achieved', 'oppositions', 'oppositions_upheld', 'attainment',
] as const;

export type Row<C extends readonly string[]> = Record<C[number], string | number>;

export function paragraphRows(links: readonly ParagraphLink[]): Row<typeof PARAGRAPH_COLUMNS>[] {
  return links.map((l) => ({
    draft_paragraph: l.draftParagraph, draft_line: l.draftLine, later_paragraph: l.laterParagraph ?? '',
    later_line: l.laterLine ?? '', relation: l.relation, similarity: l.relation === 'dropped' ? '' : l.similarity,
  }));
}

export function proposalRows(proposals: readonly Proposal[]): Row<typeof PROPOSAL_COLUMNS>[] {
  return proposals.map((p) => ({
    draft_paragraph: p.draftParagraph, line: p.line, column: p.column, codes: p.codes.join(';'), kind: p.kind, text: p.text,
    survived: p.survived, later_paragraph: p.laterParagraph ?? '', later_line: p.laterLine ?? '', later_text: p.laterText,
    score: p.score, opponents: p.opponents.join(';'),
  }));
}

export function delegationRows(tallies: readonly DelegationTally[]): Row<typeof DELEGATION_COLUMNS>[] {
  return tallies.map((t) => ({
    code: t.code, proposals: t.proposals, yes: t.yes, partly: t.partly, no: t.no, deletions_sought: t.deletionsSought,
    deletions_achieved: t.deletionsAchieved, oppositions: t.oppositions, oppositions_upheld: t.oppositionsUpheld, attainment: t.attainment,
  }));
}
