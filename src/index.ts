/** kyoto-parse as a library: the same parse the CLI runs. */
export { parseDraft, type ParseOptions } from './api.js';
export { decodeDraft } from './io/decode.js';
export { loadCodeTable, CodeTable, type CodeInfo } from './records/codes.js';
export { loadVocabulary, Vocabulary } from './records/vocabulary.js';
export { buildMatrix, type StanceMatrix } from './analyses/matrix.js';
export { FORMATS, FORMAT_NAMES } from './formatters/index.js';
export { ConfigError } from './errors.js';
export * from './types.js';
