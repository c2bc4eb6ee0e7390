/**
 * Two wordings compared word by word (jsdiff's `diffWords`), and laid out side by side or one
 * above the other. What only the first has is marked `[-…-]`, what only the second has `{+…+}`
 * (as `git diff --word-diff`), so the difference reads without colour; colour (red, green) is added
 * when the chalk has it.
 */
import { diffWords } from 'diff';
import { chunk, pad, textWidth } from './width.js';
import { wrapText } from './wrap.js';
export function wordDiff(before, after, chalk) {
    const sides = { before: new SideBuilder(before), after: new SideBuilder(after) };
    for (const change of diffWords(before, after)) {
        if (change.removed)
            sides.before.add(change.value, ['[-', '-]'], chalk.red);
        else if (change.added)
            sides.after.add(change.value, ['{+', '+}'], chalk.green);
        else {
            sides.before.add(change.value);
            sides.after.add(change.value);
        }
    }
    return { before: sides.before.words(), after: sides.after.words() };
}
/**
 * One side's words, rebuilt from the changes that belong to it. Where words break is read from the
 * side's own text, not from the changes: jsdiff gives the space between two words to one change or
 * the next, and a common change the other side's spaces. So a change that starts inside a word
 * (`Kyoto{+,+}`) stays part of it.
 */
class SideBuilder {
    text;
    built = [];
    at = 0;
    constructor(text) {
        this.text = text;
    }
    add(value, marks, style) {
        const tokens = value.match(/\S+/g) ?? [];
        tokens.forEach((token, index) => {
            const found = this.text.indexOf(token, this.at);
            const from = found < 0 ? this.at : found;
            const space = this.built.length === 0 || found < 0 || /\s/.test(this.text.slice(this.at, from));
            this.at = found < 0 ? this.at : from + token.length;
            let plain = token;
            if (marks && index === 0)
                plain = marks[0] + plain;
            if (marks && index === tokens.length - 1)
                plain += marks[1];
            const styled = style ? style(plain) : plain;
            const word = this.built.at(-1);
            if (space || !word)
                this.built.push({ plain, styled });
            else {
                word.plain += plain;
                word.styled += styled;
            }
        });
    }
    words() {
        return this.built;
    }
}
/** Words wrapped to `width`, each line in plain form (for measuring) and styled form (shown); a word wider than a line is cut into plain pieces. */
export function wrapStyled(words, width) {
    const lines = [];
    let line;
    const fitted = words.flatMap((w) => (textWidth(w.plain) > width ? chunk(w.plain, Math.max(1, width)).map((p) => ({ plain: p, styled: p })) : [w]));
    for (const word of fitted) {
        if (line && textWidth(line.plain) + 1 + textWidth(word.plain) <= width) {
            line.plain += ` ${word.plain}`;
            line.styled += ` ${word.styled}`;
        }
        else {
            if (line)
                lines.push(line);
            line = { ...word };
        }
    }
    if (line)
        lines.push(line);
    return lines;
}
/** Narrowest width at which two columns are shown side by side; below it, one above the other. */
export const SIDE_BY_SIDE_MIN = 60;
/**
 * Two texts under their titles: side by side in two columns split by ` │ ` when `width` allows
 * (SIDE_BY_SIDE_MIN), else one above the other, each indented by two spaces under its title. An
 * empty side shows `(none)`. No line is wider than `width` or ends in spaces.
 */
export function sideBySide(left, right, width, chalk) {
    const none = [{ plain: '(none)', styled: chalk.dim('(none)') }];
    const wordsOf = (side) => (side.words.length > 0 ? side.words : none);
    const title = (text, room) => wrapText(text, room).map((line) => ({ plain: line, styled: chalk.bold(line) }));
    if (width < SIDE_BY_SIDE_MIN) {
        const room = Math.max(1, width - 2);
        return [left, right].flatMap((side) => [
            ...title(side.title, width).map((l) => l.styled),
            ...wrapStyled(wordsOf(side), room).map((l) => `  ${l.styled}`),
        ]);
    }
    const column = Math.floor((width - 3) / 2);
    const leftLines = [...title(left.title, column), ...wrapStyled(wordsOf(left), column)];
    const rightLines = [...title(right.title, column), ...wrapStyled(wordsOf(right), column)];
    // The titles take the same number of lines on both sides, so the texts start level.
    const titleRows = Math.max(title(left.title, column).length, title(right.title, column).length);
    const blank = { plain: '', styled: '' };
    const align = (lines, titles) => [...lines.slice(0, titles), ...Array(titleRows - titles).fill(blank), ...lines.slice(titles)];
    const l = align(leftLines, title(left.title, column).length);
    const r = align(rightLines, title(right.title, column).length);
    const rows = Math.max(l.length, r.length);
    const out = [];
    for (let i = 0; i < rows; i++) {
        const a = l[i] ?? blank;
        const b = r[i] ?? blank;
        const filler = pad('', column - textWidth(a.plain));
        out.push(b.plain === '' ? `${a.styled}${filler} │` : `${a.styled}${filler} │ ${b.styled}`);
    }
    return out;
}
