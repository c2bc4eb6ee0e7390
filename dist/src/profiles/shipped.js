/** The shipped notation profiles (data/profiles/), imported as JSON modules as the other tables are (src/data/shipped.ts). */
import kyoto from '../../data/profiles/kyoto.json' with { type: 'json' };
import tpp from '../../data/profiles/tpp.json' with { type: 'json' };
/** The Kyoto notation (data/profiles/kyoto.json): parseDraft's default, docs/notation.md. */
export const KYOTO_PROFILE = kyoto;
/** The TPP notation (data/profiles/tpp.json): alpha-2 codes opening the bracket they concern, docs/profiles.md. */
export const TPP_PROFILE = tpp;
/** The shipped notation profiles by name, as `--notation` takes them; the first is the default. */
export const SHIPPED_PROFILES = new Map([
    ['kyoto', KYOTO_PROFILE],
    ['tpp', TPP_PROFILE],
]);
