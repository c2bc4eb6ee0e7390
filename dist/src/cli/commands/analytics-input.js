/** The records the analytics commands start from: gathered as the main command's, groups expanded first when asked. */
import { expandGroups, loadGroupMemberships } from '../../analyses/expand-groups.js';
import { assertApplicable } from '../applicable.js';
import { DiagnosticsSummary } from '../diagnostics.js';
import { gatherPositions, gatherRecords } from '../gather-records.js';
import { recordSettings } from '../settings.js';
/**
 * Reads the files as `invocation` asks, expanding groups before the filters so that they see the
 * members too. Each file's text is kept only with `keepSources` (`paragraph` shows struck text from it).
 */
export async function analyticsInput(invocation, needs = {}) {
    const { files, settings, io, summary, gather, expandedGroups } = prepared(invocation, needs);
    return { ...(await gatherRecords(files, settings, io, summary, gather)), summary, expandedGroups };
}
/** Each delegation's position on each paragraph (gatherPositions): what `contested` and `blocs` start from. */
export async function analyticsPositions(invocation) {
    const { files, settings, io, summary, gather } = prepared(invocation, {});
    return { positions: await gatherPositions(files, settings, io, summary, gather), summary };
}
function prepared({ files, options, io, config }, needs) {
    // As the main command: `-o` onto an input is refused before any work.
    assertApplicable(options, { name: options.format, terminal: options.format === 'table', csvText: options.format.endsWith('csv'), matrix: false });
    const settings = recordSettings(options, config);
    const summary = new DiagnosticsSummary({ listAll: options.diagnostics === true, quiet: options.quiet, files }, io);
    const gather = { ...needs, quiet: options.quiet };
    if (!options.expandGroups)
        return { files, settings, io, summary, gather, expandedGroups: new Set() };
    const memberships = loadGroupMemberships();
    gather.prepare = (records, codes) => expandGroups(records, memberships, codes);
    return { files, settings, io, summary, gather, expandedGroups: new Set(memberships.map((m) => m.group)) };
}
