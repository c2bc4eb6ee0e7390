/**
 * Help that teaches: each command's examples (real runs on the bundled draft), the short usage a
 * bare `kyoto-parse` prints, and help text wrapped to the terminal: commander wraps its own
 * columns; the text around them (exit statuses, rules, examples) is wrapped here, at spaces,
 * never inside a word, keeping a table row's description column and an example's shell syntax.
 */
import { textWidth } from '../formatters/terminal/width.js';
export const DRAFT = 'fixtures/kyoto-6227-20-annexes.txt';
/** The examples section that ends a command's help. */
export function examplesText(examples) {
    return `\nExamples:\n${examples.map(({ what, run }) => `  # ${what}\n  ${run}`).join('\n')}`;
}
/** The exit statuses of the commands that read records (every command but `check`, which has 1 too). */
export const EXIT_HELP = `
Exit status:
  0  success (also when a filter matches nothing: standard error says so)
  2  usage or input/output problem (missing or unreadable file, bad option, bad --aliases/--vocabulary or configuration file)
  3  internal error (a bug: please report it with the input)`;
/** Words of `text`, wrapped into lines of at most `room` columns (a word wider than that stands alone). */
function words(text, room) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ').filter(Boolean)) {
        if (line !== '' && textWidth(line) + 1 + textWidth(word) > room) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '')
        lines.push(line);
    return lines;
}
/** One line of help wrapped to `width`. */
function wrapLine(line, width) {
    if (textWidth(line) <= width)
        return [line];
    const indent = /^ */.exec(line)[0];
    // A shell command: continued with a backslash, so that it can still be copied.
    if (/^\s+kyoto-parse /.test(line)) {
        const lines = words(line.trim(), width - indent.length - 6);
        return lines.map((text, i) => `${i === 0 ? indent : `${indent}    `}${text}${i < lines.length - 1 ? ' \\' : ''}`);
    }
    // A table row (a term, two spaces or more, a description): the description keeps its column.
    const row = /^(\s+\S+(?: \S+)*?\s{2,})(\S.*)$/.exec(line);
    if (row && textWidth(row[1]) <= width / 2) {
        const column = textWidth(row[1]);
        return words(row[2], width - column).map((text, i) => `${i === 0 ? row[1] : ' '.repeat(column)}${text}`);
    }
    const hanging = /^\s*[#-] /.test(line) ? `${indent}  ` : indent;
    return words(line.trim(), width - hanging.length).map((text, i) => `${i === 0 ? indent : hanging}${text}`);
}
/** Help text wrapped to `width` columns; lines that fit are left as they are. */
export function wrapHelp(text, width) {
    return text.split('\n').flatMap((line) => wrapLine(line, Math.max(20, width))).join('\n');
}
/** What a bare `kyoto-parse` prints: how to start, and where the rest is. */
export const SHORT_USAGE = `Usage: kyoto-parse [options] <files...>
       kyoto-parse <command> [options] <files...>

Reads negotiated UN drafts with bracketed country annotations into stance records.

Examples:
  kyoto-parse ${DRAFT}
  kyoto-parse check ${DRAFT}
  kyoto-parse country FRA ${DRAFT}

Commands: matrix, check, country, paragraph, contested, blocs, trace.
kyoto-parse help [command] (or --help) tells more.
`;
