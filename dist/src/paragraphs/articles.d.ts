/**
 * From chunks to paragraphs under the `articles` scheme of a notation profile (the TPP's):
 * `Article QQ.A.2:` opens an article, its numbered paragraphs (`1.`) are `QQ.A.2.1`, and the
 * text before the first of them is the article's own (`QQ.A.2`). Every unlabelled chunk
 * continues the paragraph open before it (headings, sub-items and the text after a page
 * break alike). A footnote at a page's foot is a paragraph of its own that carries the ID of
 * the paragraph its reference mark stands in (`CA24` in `QQ.A.9.1` gives footnote 24 that ID).
 */
import type { Layout } from '../profiles/layout.js';
import type { DraftParagraph } from './assemble.js';
import type { Chunk } from './chunks.js';
/**
 * `opensNext`: a line that is only an annotation opening its bracket (`[CL/VN Alternative Proposal:`),
 * whose text is the numbered paragraph on the next line: it joins that paragraph if one comes next.
 */
export declare function assembleArticles(chunks: Iterable<Chunk>, article: RegExp, layout: Layout | null, opensNext: RegExp | null): Generator<DraftParagraph>;
