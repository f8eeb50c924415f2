import type { Discussion } from '../../schemas/index.ts';
import { inCategory } from './find-discussion.ts';

/**
 * Links into GitHub for a page without a thread yet: the new-discussion form with the category and
 * the page-path title filled in, so the discussion a member starts is the one the page will find.
 */
export interface NewDiscussionOptions {
  /** `owner/name` from site.yml. */
  repository: string;
  categorySlug: string;
  title: string;
  server?: string;
}

export function newDiscussionUrl(options: NewDiscussionOptions): string {
  const url = new URL(`/${options.repository}/discussions/new`, options.server ?? 'https://github.com');
  url.searchParams.set('category', options.categorySlug);
  url.searchParams.set('title', options.title);
  return url.href;
}

export function discussionUrl(repository: string, number: number, server = 'https://github.com'): string {
  return new URL(`/${repository}/discussions/${number}`, server).href;
}

/**
 * The category's slug as GitHub has it: taken from a synced discussion in that category when there is
 * one, else derived the way GitHub derives slugs from names (lowercase, runs of other characters to
 * one hyphen): "Q&A" → "q-a", "Show and tell" → "show-and-tell".
 */
export function categorySlug(category: string, discussions: readonly Discussion[]): string {
  const known = discussions.find((d) => inCategory(d, category));
  if (known) return known.category.slug;
  return category
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
