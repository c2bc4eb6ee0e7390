import type { NotationProfile } from './profile.js';
/** The Kyoto notation (data/profiles/kyoto.json): parseDraft's default, docs/notation.md. */
export declare const KYOTO_PROFILE: NotationProfile;
/** The TPP notation (data/profiles/tpp.json): alpha-2 codes opening the bracket they concern, docs/profiles.md. */
export declare const TPP_PROFILE: NotationProfile;
/** The shipped notation profiles by name, as `--notation` takes them; the first is the default. */
export declare const SHIPPED_PROFILES: ReadonlyMap<string, NotationProfile>;
