/**
 * Stage 5: per delegation, what it asked for and what it got.
 *
 * - proposals: the proposals it made or co-sponsored; yes / partly / no their verdicts.
 * - deletions sought / achieved: its `delete` proposals, and those judged `yes` (the wording is gone).
 * - oppositions: times it opposed another delegation's change in the draft (`retain original`,
 *   `oppose`, `reservation`, `delete` on an insertion); upheld when the change did not get in:
 *   the proposal was judged `no` (for a deletion opposed: the wording stayed, also `no`). A note
 *   opposing all of a paragraph's changes (`(retain original: IRN)` on its own line) is one
 *   opposition, upheld when most of the paragraph's changes were judged `no`.
 * - attainment = (yes + 0.5 × partly + oppositions upheld) / (proposals + oppositions).
 */
import type { DelegationTally, Proposal } from './types.js';
export declare function tallyDelegations(proposals: readonly Proposal[]): DelegationTally[];
