/**
 * kyoto-parse as a library: the same parse the CLI runs. Nothing here reads a file or needs a
 * Node built-in (the shipped tables are bundled modules), so it bundles for the browser too.
 */
import { checkDraft as checkDraftOf } from './check/findings.js';
import { RULES } from './check/rules.js';
export { parseDraft, readDraft, byPosition } from './api.js';
export { decodeDraft } from './decode/decode-draft.js';
export { KYOTO_PROFILE, TPP_PROFILE, SHIPPED_PROFILES } from './profiles/shipped.js';
export { detectNotation } from './profiles/detect.js';
export { loadCodeTable, CodeTable } from './records/codes.js';
export { loadVocabulary, Vocabulary, UncompilableTerm } from './records/vocabulary.js';
export { buildMatrix } from './analyses/matrix.js';
export { FORMATS, FORMAT_NAMES } from './formatters/index.js';
export { ConfigError } from './errors.js';
export * from './types.js';
export { filterRecords } from './analyses/filter.js';
export { buildPositions } from './analyses/positions.js';
export { rankContested, contentionScore } from './analyses/contested.js';
export { computeAgreement } from './analyses/agreement.js';
export { clusterDelegations } from './analyses/blocs.js';
export { countCoProposals, groupProposals } from './analyses/coproposals.js';
export { expandGroups, loadGroupMemberships } from './analyses/expand-groups.js';
// `check`'s exports are documented here rather than at their declarations (src/check/, where the
// `check` command's rules are being reworked): the documentation of a re-export is not shown.
/**
 * Runs `kyoto-parse check` on one draft: every finding, with the severity of its rule (all errors with `strict`).
 *
 * @example
 * ```ts
 * const errors = checkDraft(text, { file: 'draft.txt' }).filter((finding) => finding.severity === 'error');
 * ```
 */
export const checkDraft = checkDraftOf;
/** The rules `check` reports, by name, each with its default severity and a one-line description. */
export const CHECK_RULES = RULES;
