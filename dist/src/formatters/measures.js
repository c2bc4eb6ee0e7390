/** What the analytics scores measure, in one sentence each: said by the tables, the JSON and `--help` alike. */
export const AGREEMENT_MEASURE = 'agreement = share of the paragraphs both took a side on (for, or against: oppose or delete outweighs support) where they took the same side';
export const CONTENTION_MEASURE = 'score = 2·F·A/(F+A), the harmonic mean of the camps: F delegations for the paragraph, A against it (oppose or delete outweighs support); mixed delegations join neither camp';
export const COPROPOSAL_MEASURE = 'co-proposals = the texts two delegations propose together: both support the same wording in the same annotation (support records with the same label, among consecutive records with the same file, paragraph and excerpt)';
