/**
 * Whether chevrotain checks the token and grammar definitions when they are built. The CLI bundle
 * turns the checks off (scripts/bundle.js defines KYOTO_GRAMMAR_CHECKS as false): they cost start-up
 * time on every run and can only fail on a change to grammar/, which the tests build with them on.
 */
declare const KYOTO_GRAMMAR_CHECKS: boolean | undefined;

export const grammarChecks: boolean = typeof KYOTO_GRAMMAR_CHECKS === 'boolean' ? KYOTO_GRAMMAR_CHECKS : true;
