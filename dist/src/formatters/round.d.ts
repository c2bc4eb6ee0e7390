/** Rounds for machine output: 4 decimals are plenty for shares and scores that are exact ratios. */
export declare function round4(value: number): number;
