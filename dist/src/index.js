/** kyoto-parse as a library: the same parse the CLI runs. */
export { parseDraft, readDraft, byPosition } from './api.js';
export { decodeDraft } from './decode/decode-draft.js';
export { loadCodeTable, CodeTable } from './records/codes.js';
export { loadVocabulary, Vocabulary } from './records/vocabulary.js';
export { buildMatrix } from './analyses/matrix.js';
export { FORMATS, FORMAT_NAMES } from './formatters/index.js';
export { ConfigError } from './errors.js';
export * from './types.js';
export { filterRecords } from './analyses/filter.js';
export { buildPositions } from './analyses/positions.js';
export { rankContested, contentionScore } from './analyses/contested.js';
export { computeAgreement } from './analyses/agreement.js';
export { clusterDelegations } from './analyses/blocs.js';
export { expandGroups, loadGroupMemberships } from './analyses/expand-groups.js';
export { checkDraft } from './check/findings.js';
export { RULES as CHECK_RULES } from './check/rules.js';
