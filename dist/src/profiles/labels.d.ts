/** What a profile changes in the lexer (grammar/tokens.ts, LexingRules): an `articles` scheme's labels, stance words glued to codes. */
import type { LexingRules } from '../../grammar/index.js';
import type { NotationProfile } from './profile.js';
export declare function lexingRulesOf(profile: NotationProfile): LexingRules | null;
/** The article label of an `articles` scheme, tried where a line starts (a leading `^` in the profile is implied and dropped). */
export declare function articlePattern(profile: NotationProfile): RegExp | null;
/** What a line may hold before a numbered paragraph's number in the middle of it (`[US propose: 1.`). */
export declare function numberedAfterOf(profile: NotationProfile): RegExp | null;
