import { findParagraphs, paragraphDetail } from '../../analyses/paragraph-detail.js';
import { PARAGRAPH_FORMATS } from '../../formatters/registry.js';
import { formatAndDeliver } from '../format-output.js';
import { UsageError } from '../usage-error.js';
import { analyticsInput } from './analytics-input.js';
export async function runParagraph(invocation) {
    const { args: [id], files, options, io } = invocation;
    if (options.paragraph !== undefined)
        throw new UsageError('paragraph: give the paragraph as the ID argument, not with --paragraph');
    const { result, sources } = await analyticsInput(invocation, true);
    const found = findParagraphs(result.paragraphs, id);
    if (found.length === 0) {
        throw new UsageError(`paragraph: no paragraph '${id}' in ${files.map((f) => (f === '-' ? 'standard input' : `'${f}'`)).join(', ')} (IDs look like OP12, "OP6 Bis", "PP4 ALT1")`);
    }
    const details = found.map((p) => paragraphDetail(p, sources.get(p.file), result.records));
    const entry = PARAGRAPH_FORMATS[options.format];
    await formatAndDeliver(entry, details, result.diagnostics, options, files, io);
}
