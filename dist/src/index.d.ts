/**
 * kyoto-parse as a library: the same parse the CLI runs. Nothing here reads a file or needs a
 * Node built-in (the shipped tables are bundled modules), so it bundles for the browser too.
 */
import { checkDraft as checkDraftOf, type CheckOptions as CheckOptionsOf, type Finding as FindingOf } from './check/findings.js';
import { RULES } from './check/rules.js';
export { parseDraft, readDraft, byPosition, type ParseOptions, type DraftReading, type ParagraphResult } from './api.js';
export { decodeDraft, type DecodedDraft } from './decode/decode-draft.js';
export type { NotationProfile } from './profiles/profile.js';
export { KYOTO_PROFILE, TPP_PROFILE, SHIPPED_PROFILES } from './profiles/shipped.js';
export { detectNotation } from './profiles/detect.js';
export { loadCodeTable, CodeTable, type CodeInfo } from './records/codes.js';
export { loadVocabulary, Vocabulary, UncompilableTerm } from './records/vocabulary.js';
export type { JsonSource } from './json-source.js';
export { buildMatrix, type StanceMatrix } from './analyses/matrix.js';
export { FORMATS, FORMAT_NAMES } from './formatters/index.js';
export { ConfigError } from './errors.js';
export * from './types.js';
export { filterRecords, type RecordFilter } from './analyses/filter.js';
export { buildPositions, type Positions } from './analyses/positions.js';
export { rankContested, contentionScore, type ContestedParagraph } from './analyses/contested.js';
export { computeAgreement, type Agreement, type AgreementPair } from './analyses/agreement.js';
export { clusterDelegations, type Blocs } from './analyses/blocs.js';
export { countCoProposals, groupProposals, type CoProposals, type CoProposalPair, type Proposer, type TextProposal } from './analyses/coproposals.js';
export { expandGroups, loadGroupMemberships, type GroupMembership } from './analyses/expand-groups.js';
/**
 * Runs `kyoto-parse check` on one draft: every finding, with the severity of its rule (all errors with `strict`).
 *
 * @example
 * ```ts
 * const errors = checkDraft(text, { file: 'draft.txt' }).filter((finding) => finding.severity === 'error');
 * ```
 */
export declare const checkDraft: typeof checkDraftOf;
/** How checkDraft reads a draft: parseDraft's options, and `strict` to make every finding an error and report unknown labels. */
export type CheckOptions = CheckOptionsOf;
/** One finding of checkDraft: a Diagnostic whose rule is one of CHECK_RULES. */
export type Finding = FindingOf;
/** The rules `check` reports, by name, each with its default severity and a one-line description. */
export declare const CHECK_RULES: typeof RULES;
