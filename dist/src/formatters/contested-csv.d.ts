import type { FormatContext } from './contract.js';
import type { ContestedResult } from './results.js';
/** `rank,file,paragraph,score,for,against,mixed,supporters,opponents,mixed_delegations`; codes space-separated. */
export declare function formatContestedCsv({ shown }: Pick<ContestedResult, 'shown'>, { escapeFormulas }: Pick<FormatContext, 'escapeFormulas'>): string;
