/** The four stances a mention can take (NOTATION.md, "The stance of a mention"). */
export type Stance = 'support' | 'oppose' | 'delete' | 'other';
/** The stances, in the order of the matrix's cell letters and of every count by stance. */
export declare const STANCES: readonly Stance[];
/** One record: what one mention of a delegation yields. Field order is the CSV column order. */
export interface StanceRecord {
    /** The input path as given (`-` for standard input). */
    file: string;
    /** Paragraph ID, unique within the file (`OP6 Bis`, `PP4 ALT1`, `OP1#2`, `L374`). */
    paragraph: string;
    /** Canonical delegation code (`GBR`, `NLD`, `EU`). */
    country: string;
    /** English name of the delegation. */
    name: string;
    stance: Stance;
    /** The label as written (markup stripped, white space collapsed, invisible and look-alike characters read as meant); empty for bare codes. */
    label: string;
    /** The code as written (`UK`, `NDL`, `fra`, `FRА` with a Cyrillic А). */
    raw: string;
    /** 1-based line of the code itself. */
    line: number;
    /** 1-based column (in characters) of the code itself. */
    column: number;
    /** True when the mention lies inside struck (`~~…~~`) text. */
    struck: boolean;
    /** Up to 80 characters of the text the annotation is attached to. */
    excerpt: string;
}
/** The fields of a StanceRecord in the records CSV's column order. */
export declare const RECORD_COLUMNS: readonly (keyof StanceRecord)[];
/** How a paragraph's ID was found: its number, its label, its place in the preamble, or its line. */
export type ParagraphKind = 'numbered' | 'labelled' | 'preamble' | 'unlabelled' | 'footnote';
/** One paragraph of a draft, with the ID its records carry (docs/library.md, "Paragraph"). */
export interface Paragraph {
    file: string;
    /** Unique ID within the file (`OP1#2` for the second OP1). */
    id: string;
    /** ID before the repetition suffix. */
    baseId: string;
    kind: ParagraphKind;
    /** The label as written, or null. */
    label: string | null;
    startLine: number;
    endLine: number;
    /** The paragraph's text with markup and annotations left in, page numbers dropped. */
    text: string;
}
/** How serious a diagnostic is: `error` when the text could not be read cleanly, `warning` when it was read by a rule a careful transcriber would not need (`aliased-code`). */
export type Severity = 'error' | 'warning';
/** Something in the draft that could not be read cleanly, where it is and which rule it breaks (docs/library.md, "Diagnostic"). */
export interface Diagnostic {
    file: string;
    line: number;
    column: number;
    severity: Severity;
    /** Stable rule name, e.g. `unclosed-group`, `unknown-code`. */
    rule: string;
    message: string;
}
/** One delegation code inside an annotation, before normalisation. */
export interface Mention {
    raw: string;
    line: number;
    column: number;
    offset: number;
    struck: boolean;
    /** The canonical code it stands for (`GBR` for `UK`): a mention is made only of a known code. */
    country: string;
}
/** One segment of an annotation: a label (empty for bare codes) and the codes that hold it. */
export interface Segment {
    label: string;
    /** Stance decided from the label, or from the attached text for bare codes. */
    stance: Stance;
    mentions: Mention[];
}
/**
 * An annotation: a group (`[…]`, `(…)`) whose own content attributes codes, or one unbracketed
 * attribution (`Move OP7 before OP6: SYR`); a group that only holds such groups is not one.
 */
export interface Annotation {
    file: string;
    paragraph: string;
    /** How the annotation was written. */
    form: 'bracket' | 'paren' | 'unbracketed';
    line: number;
    column: number;
    /** The annotation's source text as written. */
    source: string;
    struck: boolean;
    excerpt: string;
    segments: Segment[];
}
/** Everything parseDraft reads from one draft, each list in text order (docs/library.md, "ParseResult"). */
export interface ParseResult {
    paragraphs: Paragraph[];
    annotations: Annotation[];
    records: StanceRecord[];
    diagnostics: Diagnostic[];
}
