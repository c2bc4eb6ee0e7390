/** kyoto-parse as a library: the same parse the CLI runs. */
export { parseDraft, readDraft, byPosition, type ParseOptions, type DraftReading, type ParagraphResult } from './api.js';
export { decodeDraft, type DecodedDraft } from './decode/decode-draft.js';
export { loadCodeTable, CodeTable, type CodeInfo } from './records/codes.js';
export { loadVocabulary, Vocabulary } from './records/vocabulary.js';
export { buildMatrix, type StanceMatrix } from './analyses/matrix.js';
export { FORMATS, FORMAT_NAMES } from './formatters/index.js';
export { ConfigError } from './errors.js';
export * from './types.js';
export { filterRecords, type RecordFilter } from './analyses/filter.js';
export { buildPositions, type Positions } from './analyses/positions.js';
export { rankContested, contentionScore, type ContestedParagraph } from './analyses/contested.js';
export { computeAgreement, type Agreement, type AgreementPair } from './analyses/agreement.js';
export { clusterDelegations, type Blocs } from './analyses/blocs.js';
export { expandGroups, loadGroupMemberships, type GroupMembership } from './analyses/expand-groups.js';
export { checkDraft, type Finding, type CheckOptions } from './check/findings.js';
export { RULES as CHECK_RULES } from './check/rules.js';
