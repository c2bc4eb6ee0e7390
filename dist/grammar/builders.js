export const build = {
    paragraph: (children) => ({ children }),
    group: (open, children, close) => ({ kind: 'group', open, close, children }),
    /** Prose and the tokens that read as prose: `,` `.` `~~`, links, `supported by`, paragraph labels. */
    text: (token) => ({ kind: 'text', token }),
    separator: (token) => ({ kind: 'separator', token, char: token.image }),
    codeList: (codes, remarks) => ({ kind: 'codes', codes, remarks, first: codes[0], last: codes[codes.length - 1] }),
    stray: (token) => ({ kind: 'stray', token }),
};
