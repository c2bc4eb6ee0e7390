export const grammarChecks = typeof KYOTO_GRAMMAR_CHECKS === 'boolean' ? KYOTO_GRAMMAR_CHECKS : true;
