/** Paragraph IDs from labels as written (NOTATION.md, "Paragraphs and their IDs"). */
const SUFFIXES = { bis: 'Bis', ter: 'Ter', quat: 'Quat', quin: 'Quin' };
/** `1.` · `4.4.` · `17. ~~17.~~` · `8-9.` · `~~11~~-13.` · `[43-45.](#)`: the last number wins. */
function numberedId(label) {
    const numbers = label.match(/\d+/g) ?? [];
    return `OP${Number(numbers[numbers.length - 1])}`;
}
/** `PP4 ALT1` · `OPI ALT` · `OP6 Bis. ALT` · `New PP5 ALT` · `New OP1 replacing OP5`. */
function explicitId(label) {
    const words = label.replace(/\breplacing\b.*$/, '').replace(/\./g, ' ').trim().split(/\s+/);
    const parts = [];
    for (const word of words) {
        const lower = word.toLowerCase();
        if (lower === 'new')
            parts.push('NEW');
        else if (/^(PP|OP)(\d+|I)$/i.test(word))
            parts.push(word.toUpperCase().replace(/^(PP|OP)I$/, '$11'));
        else if (/^alt\d*$/i.test(word))
            parts.push(`ALT${word.slice(3)}`);
        else if (SUFFIXES[lower])
            parts.push(SUFFIXES[lower]);
    }
    return parts.join(' ');
}
export const isNumberedLabel = (label) => /^[-*+]?\s*(~~|\[)?\d/.test(label);
export function paragraphIdOf(label) {
    return isNumberedLabel(label) ? numberedId(label) : explicitId(label);
}
