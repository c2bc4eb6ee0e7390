/** The records the analytics commands start from: gathered as the main command's, groups expanded first when asked. */
import { expandGroups, loadGroupMemberships } from '../../analyses/expand-groups.js';
import { assertApplicable } from '../applicable.js';
import { DiagnosticsSummary } from '../diagnostics.js';
import { gatherRecords } from '../gather-records.js';
import { recordSettings } from '../settings.js';
/**
 * Reads the files as `invocation` asks, expanding groups before the filters so that they see the
 * members too. Each file's text is kept only with `keepSources` (`paragraph` shows struck text from it).
 */
export async function analyticsInput({ files, options, io, config }, keepSources = false) {
    // As the main command: `-o` onto an input is refused before any work.
    assertApplicable(options, { name: options.format, terminal: options.format === 'table', csvText: options.format.endsWith('csv'), matrix: false });
    const settings = recordSettings(options, config);
    const summary = new DiagnosticsSummary({ listAll: options.diagnostics === true, quiet: options.quiet, files }, io);
    if (!options.expandGroups)
        return { ...(await gatherRecords(files, settings, io, summary, { keepSources, quiet: options.quiet })), summary, expandedGroups: new Set() };
    const memberships = loadGroupMemberships();
    const prepare = (records, codes) => expandGroups(records, memberships, codes);
    const gathered = await gatherRecords(files, settings, io, summary, { prepare, keepSources, quiet: options.quiet });
    return { ...gathered, summary, expandedGroups: new Set(memberships.map((m) => m.group)) };
}
