/**
 * An array with one object per file where the paragraph occurs: `file`, `paragraph`, `label`,
 * `startLine`, `endLine`, `text` (markup removed), `segments` (`{ text, struck }` runs of it) and
 * `delegations` (`country`, `name`, `counts`, `position`: 1, -1, 0 or null, `labels`).
 */
export function formatParagraphJson(details) {
    return `${JSON.stringify(details, null, 2)}\n`;
}
