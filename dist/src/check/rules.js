export const RULES = {
    'invalid-encoding': { severity: 'warning', description: 'Bytes that are not valid UTF-8 were replaced by U+FFFD.' },
    'unclosed-group': { severity: 'error', description: 'A `[` or `(` is never closed before the paragraph ends.' },
    'mismatched-bracket': { severity: 'error', description: 'A `[` is closed by `)` or a `(` by `]`.' },
    'stray-closer': { severity: 'error', description: 'A `]` or `)` closes nothing.' },
    'unclosed-strike': { severity: 'error', description: 'Struck text (`~~`) is not closed before the paragraph ends.' },
    'unknown-code': { severity: 'error', description: 'An upper-case word in a code position is not a delegation code.' },
    'nesting-too-deep': { severity: 'error', description: 'Brackets nested more than 64 deep; the deeper ones are read as text.' },
    'empty-group': { severity: 'error', description: 'A group holds nothing: `[]`, `( )`.' },
    'empty-code-list': { severity: 'error', description: 'A label is followed by `:` and no delegation codes.' },
    'aliased-code': { severity: 'warning', description: 'A delegation is written with an alias (`UK` for `GBR`) or a known typo (`QTA`).' },
    'duplicate-code': { severity: 'warning', description: 'A delegation is listed twice in one code list.' },
    'repeated-paragraph': { severity: 'warning', description: 'A paragraph ID occurs again in the same file.' },
    'paragraph-numbering': { severity: 'warning', description: 'Paragraph numbers skip one or go back.' },
    'unknown-label': { severity: 'warning', description: 'A label matches no row of the stance vocabulary.', strictOnly: true },
};
export const isRuleName = (name) => Object.hasOwn(RULES, name);
