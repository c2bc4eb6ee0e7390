/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`). GitHub shows
 * at most 10 error and 10 warning annotations of a step: past that, a closing `::notice::` counts
 * what it will not show and says where they all are.
 */
import { plural } from '../terminal/plural.js';
/** Annotations of one kind GitHub shows per step. */
export const GITHUB_ANNOTATIONS_SHOWN = 10;
// As @actions/core escapes them: data may not hold %, CR, LF; properties neither `:` nor `,`.
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
export function githubReport(options = {}) {
    const count = { error: 0, warning: 0 };
    return {
        start: () => '',
        add: ({ findings }) => findings
            .map((f) => {
            count[f.severity]++;
            return `::${f.severity} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.rule)}::${escapeData(f.message)}\n`;
        })
            .join(''),
        end: () => {
            const hidden = { error: Math.max(0, count.error - GITHUB_ANNOTATIONS_SHOWN), warning: Math.max(0, count.warning - GITHUB_ANNOTATIONS_SHOWN) };
            if (hidden.error + hidden.warning === 0)
                return '';
            const notShown = [hidden.error && plural(hidden.error, 'error'), hidden.warning && plural(hidden.warning, 'warning')].filter(Boolean).join(' and ');
            const where = options.stepSummary ? 'all of them are listed in the step summary' : 'kyoto-parse check --format text lists all of them';
            const text = `kyoto-parse check: ${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}; GitHub shows ${GITHUB_ANNOTATIONS_SHOWN} annotations of each kind per step, so ${notShown} ${hidden.error + hidden.warning === 1 ? 'is' : 'are'} not shown as annotations: ${where}.`;
            return `::notice title=kyoto-parse check::${escapeData(text)}\n`;
        },
    };
}
