/**
 * The decode stage lives in src/decode/; this path only re-exports it, so that modules and tests
 * outside the pipeline core that still import it keep building. Import from src/decode/ instead.
 */
export { decodeDraft, normaliseText, type DecodedDraft } from '../decode/decode-draft.js';
