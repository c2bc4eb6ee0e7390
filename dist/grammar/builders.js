/** The remarks of every code list that has none: one shared, frozen array (a group of 200,000 segments has as many code lists). */
const NO_REMARKS = Object.freeze([]);
export const build = {
    paragraph: (children) => ({ children }),
    group: (open, children, close) => ({ kind: 'group', open, close, children }),
    /** Prose and the tokens that read as prose: `,` `.` `~~`, links, `supported by`, paragraph labels. */
    text: (token) => ({ kind: 'text', token }),
    separator: (token) => ({ kind: 'separator', token, char: token.image }),
    codeList: (codes, remarks) => ({ kind: 'codes', codes, remarks: remarks.length > 0 ? remarks : NO_REMARKS, first: codes[0], last: codes[codes.length - 1] }),
    stray: (token) => ({ kind: 'stray', token }),
};
