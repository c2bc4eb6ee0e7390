/** The records the analytics commands start from: gathered as the main command's, groups expanded first when asked. */
import { expandGroups, loadGroupMemberships } from '../../analyses/expand-groups.js';
import { assertNotAnInput } from '../delivery.js';
import { gatherRecords } from '../gather-records.js';
import { recordSettings } from '../settings.js';
/**
 * Reads the files as `invocation` asks, expanding groups before the filters so that they see the
 * members too. Each file's text is kept only with `keepSources` (`paragraph` shows struck text from it).
 */
export async function analyticsInput({ files, options, io, config }, keepSources = false) {
    // As the main command: `-o` onto an input is refused before any work.
    if (options.output)
        assertNotAnInput(options.output, files);
    const settings = recordSettings(options, config);
    if (!options.expandGroups)
        return { ...(await gatherRecords(files, settings, io, { keepSources })), expandedGroups: new Set() };
    const memberships = loadGroupMemberships();
    const prepare = (records, codes) => expandGroups(records, memberships, codes);
    const gathered = await gatherRecords(files, settings, io, { prepare, keepSources });
    return { ...gathered, expandedGroups: new Set(memberships.map((m) => m.group)) };
}
