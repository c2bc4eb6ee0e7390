import { tokens as T } from '../../grammar/index.js';
const EMPHASIS = /^[*\s]+$/;
/** A Text token of stars alone (`**`, `*`): emphasis, ignored for meaning (`*[FRA; delete: RUS]*` is a note like `[FRA; delete: RUS]`). */
export const isEmphasis = (token) => token.tokenType === T.Text && EMPHASIS.test(token.image);
