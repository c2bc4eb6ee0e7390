import type { NotationProfile } from '../profiles/profile.js';
import type { CliIo } from './cli-io.js';
/** The profile `--notation` names (a shipped one, or a JSON file), or null without the option (each file's is detected). */
export declare function loadNotation(value: string | undefined): Promise<NotationProfile | null>;
/** The profile one file is read with: the chosen one, or the detected one, named on stderr unless it is the Kyoto notation. */
export declare function notationFor(chosen: NotationProfile | null | undefined, draft: {
    file: string;
    text: string;
}, io: CliIo): NotationProfile;
