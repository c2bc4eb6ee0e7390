/** Rounds for machine output: 4 decimals are plenty for shares and scores that are exact ratios. */
export function round4(value) {
    return Math.round(value * 10000) / 10000;
}
