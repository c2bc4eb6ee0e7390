/**
 * The GitHub job summary of `check --format github` (appended to the file GITHUB_STEP_SUMMARY
 * names): a Markdown table of every finding, which GitHub shows whatever the annotation limits.
 * GitHub takes at most 1 MiB of summary per step, so rows stop short of that, counted.
 */
import { plural } from '../terminal/plural.js';
/** A step summary larger than this (1 MiB) is not uploaded; the table stays below it. */
export const STEP_SUMMARY_BYTES = 1024 * 1024;
const ROOM = STEP_SUMMARY_BYTES - 4 * 1024;
/** A table cell: `|` escaped, line ends as spaces, no HTML. */
export const markdownCell = (text) => text
    .replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export function stepSummaryReport() {
    const head = '### kyoto-parse check\n\n| file | line | column | severity | rule | message |\n|---|---:|---:|---|---|---|\n';
    /** Written so far: 0 before the first row (and its head). */
    let bytes = 0;
    const count = { error: 0, warning: 0 };
    const files = new Set();
    let left = 0;
    return {
        start: () => '',
        add: ({ findings }) => {
            let out = '';
            for (const f of findings) {
                count[f.severity]++;
                files.add(f.file);
                const row = `| ${markdownCell(f.file)} | ${f.line} | ${f.column} | ${f.severity} | \`${f.rule}\` | ${markdownCell(f.message)} |\n`;
                const size = Buffer.byteLength(row);
                if (left > 0 || bytes + size + head.length > ROOM) {
                    left++;
                    continue;
                }
                out += bytes === 0 ? head + row : row;
                bytes += bytes === 0 ? Buffer.byteLength(head) + size : size;
            }
            return out;
        },
        end: () => {
            const total = count.error + count.warning;
            const summary = total === 0
                ? '### kyoto-parse check\n\nNo findings.\n\n'
                : `\n${plural(count.error, 'error')}, ${plural(count.warning, 'warning')} in ${plural(files.size, 'file')}.`
                    + `${left > 0 ? ` ${left} more not listed (GitHub takes at most 1 MiB of summary per step): \`kyoto-parse check --format json\` lists all.` : ''}\n\n`;
            return summary;
        },
    };
}
