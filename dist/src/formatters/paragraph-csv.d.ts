import type { ParagraphDetail } from '../analyses/paragraph-detail.js';
import type { FormatContext } from './contract.js';
/** One row per delegation: `file,paragraph,country,name,support,oppose,delete,other,stances,position,labels`. */
export declare function formatParagraphCsv(details: readonly ParagraphDetail[], { escapeFormulas }: Pick<FormatContext, 'escapeFormulas'>): string;
