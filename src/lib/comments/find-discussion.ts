import type { Discussion } from '../../schemas/index.ts';

/**
 * Which discussion holds a page's comments. An explicit `discussion: N` in the frontmatter wins;
 * otherwise the discussion in the page category titled with the page path (see page-title.ts).
 */
export type PageDiscussion =
  | { status: 'found'; discussion: Discussion; via: 'number' | 'title' }
  /** The frontmatter names a discussion the snapshot does not have (not synced yet, or another category). */
  | { status: 'not-synced'; number: number }
  | { status: 'none'; title: string };

export interface FindOptions {
  /** `discussion: N` from the page's frontmatter. */
  explicit?: number;
  title: string;
  /** site.yml `discussions.pageCategory`: a category name (or slug). */
  category: string;
}

export function findPageDiscussion(discussions: readonly Discussion[], options: FindOptions): PageDiscussion {
  if (options.explicit !== undefined) {
    const discussion = discussions.find((d) => d.number === options.explicit);
    return discussion ? { status: 'found', discussion, via: 'number' } : { status: 'not-synced', number: options.explicit };
  }
  // Two discussions with the same title happen when two people start one at once: the older is the thread.
  // Title first: every page of a build searches every discussion, and most differ at once in the title.
  const matches = discussions
    .filter((d) => d.title.trim() === options.title && inCategory(d, options.category))
    .sort((a, b) => a.number - b.number);
  const discussion = matches[0];
  return discussion ? { status: 'found', discussion, via: 'title' } : { status: 'none', title: options.title };
}

/** GitHub compares category names case-insensitively; a maintainer may also write the slug. */
export function inCategory(discussion: Discussion, category: string): boolean {
  const wanted = category.trim().toLowerCase();
  return discussion.category.name.toLowerCase() === wanted || discussion.category.slug.toLowerCase() === wanted;
}
