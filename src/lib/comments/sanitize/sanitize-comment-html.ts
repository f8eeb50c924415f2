import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeCommentIds from './rehype-comment-ids.ts';
import rehypeDemoteHeadings from './rehype-demote-headings.ts';
import rehypeDropEmptyLinks from './rehype-drop-empty-links.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeMediaLinks, { type MediaKind } from './rehype-media-links.ts';
import rehypeResolveUrls from './rehype-resolve-urls.ts';
import rehypeSafeUrls from './rehype-safe-urls.ts';
import { commentSchema } from './schema.ts';

/**
 * Comment HTML comes from GitHub, but its content comes from anyone who can post there: treat it as
 * hostile. The order matters: URLs are resolved and media turned into links first, so the sanitizer
 * judges the final shape; the second URL lock and the rel rewrite run on the sanitized tree.
 */
export interface SanitizeOptions {
  /** Unique per comment on a page, e.g. `c-1234-`; prefixes every id and name in the body. */
  idPrefix: string;
  /** Where relative URLs in the body point (GitHub wrote them for its own pages). */
  base?: string;
  keepImagesFrom?: string[];
  internalHosts?: string[];
  mediaLabel?: (kind: MediaKind, alt: string) => string;
  /** Level the body's highest heading becomes (3: under the page's h1 and the thread's h2). */
  topHeading?: number;
}

export function sanitizeCommentHtml(html: string, options: SanitizeOptions): string {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeResolveUrls, { base: options.base })
    .use(rehypeCommentIds, { prefix: options.idPrefix })
    .use(rehypeMediaLinks, { keepImagesFrom: options.keepImagesFrom, label: options.mediaLabel })
    .use(rehypeSanitize, commentSchema(options.idPrefix))
    .use(rehypeSafeUrls)
    .use(rehypeDropEmptyLinks)
    .use(rehypeDemoteHeadings, { top: options.topHeading })
    .use(rehypeExternalLinks, { internalHosts: options.internalHosts })
    .use(rehypeStringify);
  return String(processor.processSync(html)).trim();
}
