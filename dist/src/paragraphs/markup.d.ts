/** Markup the paragraph stage reads past: it carries no meaning of its own. */
import type { IToken } from 'chevrotain';
/** A Text token of stars alone (`**`, `*`): emphasis, ignored for meaning (`*[FRA; delete: RUS]*` is a note like `[FRA; delete: RUS]`). */
export declare const isEmphasis: (token: IToken) => boolean;
