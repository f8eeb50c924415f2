import type { Discussion, Site } from '../../schemas/index.ts';
import { findPageDiscussion } from './find-discussion.ts';
import { categorySlug, discussionUrl, newDiscussionUrl } from './new-discussion-url.ts';
import { pageDiscussionTitle } from './page-title.ts';

/**
 * Everything a page needs to know about its comments, from the site settings and the snapshot:
 * the discussion to render, or how to start one. Building the thread itself is build-thread.ts.
 */
export type PageThread =
  | { kind: 'thread'; discussion: Discussion; title: string }
  /** No discussion yet: a link to GitHub's form, filled in so the new discussion maps back here. */
  | { kind: 'start'; title: string; startUrl: string }
  /** The frontmatter names a discussion the snapshot lacks: link to it and wait for the next sync. */
  | { kind: 'not-synced'; number: number; url: string }
  /** The thread was deleted on GitHub: say so, and offer to start a new one. */
  | { kind: 'deleted'; number: number; title: string; startUrl: string };

export interface PageThreadInput {
  lang: string;
  pagePath: string;
  discussion?: number;
}

export function pageThread(site: Site, discussions: readonly Discussion[], input: PageThreadInput): PageThread {
  const { pageCategory, shareAcrossLanguages } = site.discussions;
  const title = pageDiscussionTitle(input.lang, input.pagePath, { defaultLanguage: site.defaultLanguage, shareAcrossLanguages });
  const found = findPageDiscussion(discussions, { explicit: input.discussion, title, category: pageCategory });
  switch (found.status) {
    case 'found':
      return { kind: 'thread', discussion: found.discussion, title };
    case 'deleted':
      return {
        kind: 'deleted',
        number: found.discussion.number,
        title,
        startUrl: newDiscussionUrl({ repository: site.repository, categorySlug: categorySlug(pageCategory, discussions), title }),
      };
    case 'not-synced':
      return { kind: 'not-synced', number: found.number, url: discussionUrl(site.repository, found.number) };
    case 'none':
      return {
        kind: 'start',
        title,
        startUrl: newDiscussionUrl({ repository: site.repository, categorySlug: categorySlug(pageCategory, discussions), title }),
      };
  }
}
