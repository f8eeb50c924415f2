/** Blog indexes: pagination, tags and scopes. Pure, so the rules are tested without Astro. */
export const POSTS_PER_PAGE = 10;

export function paginate<T>(items: T[], perPage = POSTS_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
  return pages.length ? pages : [[]];
}

export function newestFirst<T extends { data: { date: Date; title: string } }>(posts: T[]): T[] {
  return [...posts].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title));
}

/** Every tag with its posts, tags sorted by name. */
export function byTag<T extends { data: { tags: string[] } }>(posts: T[]): Map<string, T[]> {
  const tags = new Map<string, T[]>();
  for (const post of posts) for (const tag of post.data.tags) (tags.get(tag) ?? tags.set(tag, []).get(tag)!).push(post);
  return new Map([...tags].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Scope pages: a chapter's page lists that chapter's posts; a country's page lists the posts scoped to
 * that country and to every chapter in it; "international" lists posts for everyone.
 */
export function postsInScope<T extends { data: { scope: string } }>(posts: T[], scope: string, chapterCountry: ReadonlyMap<string, string>): T[] {
  if (/^[A-Z]{2}$/.test(scope)) return posts.filter((p) => p.data.scope === scope || chapterCountry.get(p.data.scope) === scope);
  return posts.filter((p) => p.data.scope === scope);
}
