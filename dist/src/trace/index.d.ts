/** kyoto-parse trace: who prevailed. See README.md in this folder. */
export { traceDrafts, addedWords } from './trace.js';
export { laterParagraphs, type LaterParagraph } from './later.js';
export { draftParagraphs, type DraftParagraph } from './draft.js';
export { mapParagraphs, toLinks } from './map.js';
export { extractProposals, isWording } from './proposals.js';
export { judge, type Verdict } from './verdicts.js';
export { tallyDelegations } from './delegations.js';
export { localAlign, commonWords } from './align.js';
export { TrigramIndex, WordIndex, trigrams } from './ngrams.js';
export * from './types.js';
export { paragraphRows, proposalRows, delegationRows, PARAGRAPH_COLUMNS, PROPOSAL_COLUMNS, DELEGATION_COLUMNS } from './rows.js';
export { scoreMap, scoreProposals, overlap, type ExpectedLink, type ExpectedProposal, type MapScore, type ProposalScore } from './score.js';
