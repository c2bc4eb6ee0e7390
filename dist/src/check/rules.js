export const RULES = {
    'invalid-encoding': {
        severity: 'warning', description: 'Bytes that are not valid UTF-8 were replaced by U+FFFD.',
        help: 'The file is not UTF-8 (often Windows-1252 from a word processor): the replaced characters may hide a code or a bracket. Save the draft as UTF-8.',
        example: '1. Promote co\uFFFDoperation [FRA]',
    },
    'unclosed-group': {
        severity: 'error', description: 'A `[` or `(` is never closed before the paragraph ends.',
        help: 'Everything after the opening bracket up to the end of the paragraph is read as bracketed text, so the stances of the codes that follow are lost. Add the missing `]` or `)` where the bracketed text ends.',
        example: '1. Strengthen cooperation [FRA, DEU',
    },
    'mismatched-bracket': {
        severity: 'error', description: 'A `[` is closed by `)` or a `(` by `]`.',
        help: 'Square brackets hold bracketed text or code lists, parentheses alternatives or remarks: a `[` closed by `)` is usually a typo. Close each group with its own kind of bracket.',
        example: '1. Strengthen cooperation [FRA, DEU)',
    },
    'stray-closer': {
        severity: 'error', description: 'A `]` or `)` closes nothing.',
        help: 'A closing bracket with no opening one before it in the paragraph: an opening bracket is missing, or the closer is left over from an edit. Add the opening bracket or remove the closer.',
        example: '1. Strengthen cooperation FRA, DEU]',
    },
    'unclosed-strike': {
        severity: 'error', description: 'Struck text (`~~`) is not closed before the paragraph ends.',
        help: 'Struck text runs from `~~` to the next `~~`; without the second, the rest of the paragraph is read as struck. Add the closing `~~`.',
        example: '1. Strengthen ~~existing cooperation [FRA]',
    },
    'unknown-code': {
        severity: 'error', description: 'An upper-case word in a code position is not a delegation code.',
        help: 'Codes are ISO 3166-1 alpha-3 codes, the groups and the aliases of the code table; the message suggests the nearest codes. Correct the code, or add it to the aliases (`--aliases` or the configuration file).',
        example: '1. Strengthen cooperation [FRA, GRB]',
    },
    'nesting-too-deep': {
        severity: 'error', description: 'Brackets nested more than 64 deep; the deeper ones are read as text.',
        help: 'No negotiated text nests brackets this deep: the draft most likely has many unclosed `[` or `(`. Close the groups.',
        example: '1. Text [[[[[[[[ … (65 levels)',
    },
    'empty-group': {
        severity: 'error', description: 'A group holds nothing: `[]`, `( )`.',
        help: 'An empty group carries no text and no codes; it is usually what is left of deleted text. Remove it, or fill in what it held.',
        example: '1. Strengthen cooperation []',
    },
    'empty-code-list': {
        severity: 'error', description: 'A label is followed by `:` and no delegation codes.',
        help: 'A label such as `delete:` says which delegations hold a stance; with no codes after it, the stance belongs to nobody. Add the codes, or remove the label.',
        example: '1. Strengthen cooperation [FRA; delete: ]',
    },
    'aliased-code': {
        severity: 'warning', description: 'A delegation is written with an alias (`UK` for `GBR`) or a known typo (`QTA`).',
        help: 'The alias is read as the delegation it stands for, so the records are right; writing the canonical code keeps the transcription consistent. Write the code the message gives.',
        example: '1. Strengthen cooperation [UK]',
    },
    'duplicate-code': {
        severity: 'warning', description: 'A delegation is listed twice in one code list.',
        help: 'The delegation is counted once; the second mention is usually a typo for another code. List it once, or correct the other code.',
        example: '1. Strengthen cooperation [FRA, DEU, FRA]',
    },
    'repeated-paragraph': {
        severity: 'warning', description: 'A paragraph ID occurs again in the same file.',
        help: 'The second paragraph with the same ID is read as `ID#2`, which another draft will not match. Correct the numbering, or keep it if the draft really repeats the paragraph.',
        example: '3. Promote …\n3. Promote …',
    },
    'paragraph-numbering': {
        severity: 'warning', description: 'Paragraph numbers skip one or go back.',
        help: 'A skipped or repeated number usually means a paragraph was lost or mistyped in the transcription. Compare with the source document.',
        example: '1. Strengthen …\n3. Promote …',
    },
    'unknown-label': {
        severity: 'warning', description: 'A label matches no row of the stance vocabulary.', strictOnly: true,
        help: 'The codes after the label are given the default stance. Use a label of the vocabulary, or add the label to it (`--vocabulary` or the configuration file).',
        example: '1. Strengthen cooperation [FRA; bananas: DEU]',
    },
    'ambiguous-code': {
        severity: 'error', description: 'A word in lower case or in letters of another script stands where a code would, and may be a code or a word.',
        help: 'A lower-case word in a code list is read as a code only when the list shows it is one (`[fra, Bel]`); alone (`[FRA; delete: rus]`) it may be a word (`and`, `can`, `per` are codes too), and capitals of another script (`[РАК]`, Cyrillic) may be a word of that script. It is not read as a code. Write the code in upper-case Latin letters if a delegation is meant.',
        example: '1. Strengthen cooperation [FRA; delete: rus]',
    },
    'lowercase-code': {
        severity: 'warning', description: 'A delegation code is written in lower or mixed case (`fra`, `Bel`) and read as the code.',
        help: 'A mixed-case word in a square bracket, or a lower-case word in a code list with another code, is read as the code in upper case (the record\'s `raw` keeps it as written). Write codes in upper case.',
        example: '1. Strengthen cooperation [fra, Bel; delete: Rus]',
    },
    'confusable-character': {
        severity: 'warning', description: 'A letter of another script that looks like a Latin one (Cyrillic `А`, Greek `Α`) in a code, read as the Latin letter.',
        help: 'Unicode\'s confusables table (UTS #39) says which letters look alike; in a 2- or 3-letter word that mixes them with Latin letters, or a code list written in them, they are read as the Latin letter. Type the code again in Latin letters.',
        example: '1. Strengthen cooperation [FRА] (with a Cyrillic А)',
    },
    'invisible-character': {
        severity: 'warning', description: 'An invisible character (zero-width space, direction mark, byte-order mark, soft hyphen, word joiner) in an annotation or before a paragraph label, removed.',
        help: 'Characters Unicode marks as default-ignorable are removed before the draft is read, so `F\\u200BRA` (with a zero-width space) is `FRA` and a byte-order mark before `12.` no longer hides the paragraph number. They come from copying out of other documents: delete them.',
        example: '1. Strengthen cooperation [F\u200BRA] (with a zero-width space)',
    },
    'unusual-space': {
        severity: 'warning', description: 'A space other than the plain and the no-break space (ideographic, em, narrow no-break space) in an annotation, read as a space.',
        help: 'The notation separates with plain spaces; other space characters are read as one. Replace them with a plain space.',
        example: '1. Strengthen cooperation [FRA,\u3000BEL] (with an ideographic space)',
    },
    'compatibility-form': {
        severity: 'warning', description: 'A compatibility form of a letter or mark of the notation (fullwidth `，` `［` `Ｆ`) in an annotation, read as that letter or mark.',
        help: 'Unicode normalisation (NFKC) gives the letter or mark the form stands for, and the draft is read with it. Write the plain letter or mark.',
        example: '1. Strengthen cooperation [FRA，BEL]',
    },
};
export const RULE_NAMES = Object.keys(RULES);
export const isRuleName = (name) => Object.hasOwn(RULES, name);
/** A rule's README anchor (the rules table of "Checking transcriptions in CI"). */
export const ruleAnchor = (name) => `rule-${name}`;
