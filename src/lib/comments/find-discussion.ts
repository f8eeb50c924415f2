import type { Discussion } from '../../schemas/index.ts';

/**
 * Which discussion holds a page's comments. An explicit `discussion: N` in the frontmatter wins;
 * otherwise the discussion in the page category titled with the page path (see page-title.ts).
 */
export type PageDiscussion =
  | { status: 'found'; discussion: Discussion; via: 'number' | 'title' }
  /** The frontmatter names a discussion the snapshot does not have (not synced yet, or another category). */
  | { status: 'not-synced'; number: number }
  /** The thread was deleted on GitHub after a sync had stored it (kept in the snapshot as a record). */
  | { status: 'deleted'; discussion: Discussion }
  | { status: 'none'; title: string };

export interface FindOptions {
  /** `discussion: N` from the page's frontmatter. */
  explicit?: number;
  title: string;
  /** site.yml `discussions.pageCategory`: a category name (or slug). */
  category: string;
}

export function findPageDiscussion(discussions: readonly Discussion[], options: FindOptions): PageDiscussion {
  const { byNumber, byTitle } = indexOf(discussions);
  if (options.explicit !== undefined) {
    const discussion = byNumber.get(options.explicit);
    if (!discussion) return { status: 'not-synced', number: options.explicit };
    return discussion.deletedAt ? { status: 'deleted', discussion } : { status: 'found', discussion, via: 'number' };
  }
  // Two discussions with the same title happen when two people start one at once: the older is the thread.
  const matches = (byTitle.get(options.title) ?? [])
    .filter((d) => inCategory(d, options.category))
    .sort((a, b) => a.number - b.number);
  // A thread started again after the first was deleted is the page's thread; the deleted one only says what happened.
  const discussion = matches.find((d) => !d.deletedAt);
  if (discussion) return { status: 'found', discussion, via: 'title' };
  return matches[0] ? { status: 'deleted', discussion: matches[0] } : { status: 'none', title: options.title };
}

/**
 * Every page of a build looks for its thread among the same discussions (19,500 pages, 700 discussions at the
 * benchmark's scale): they are indexed by number and by title once per list, not searched once per page.
 */
const indexes = new WeakMap<readonly Discussion[], { byNumber: Map<number, Discussion>; byTitle: Map<string, Discussion[]> }>();

function indexOf(discussions: readonly Discussion[]) {
  let index = indexes.get(discussions);
  if (!index) {
    index = { byNumber: new Map(), byTitle: new Map() };
    for (const d of discussions) {
      // The first with a number is the one a search from the start would find.
      if (!index.byNumber.has(d.number)) index.byNumber.set(d.number, d);
      const title = d.title.trim();
      const same = index.byTitle.get(title);
      if (same) same.push(d);
      else index.byTitle.set(title, [d]);
    }
    indexes.set(discussions, index);
  }
  return index;
}

/** GitHub compares category names case-insensitively; a maintainer may also write the slug. */
export function inCategory(discussion: Discussion, category: string): boolean {
  const wanted = category.trim().toLowerCase();
  return discussion.category.name.toLowerCase() === wanted || discussion.category.slug.toLowerCase() === wanted;
}
