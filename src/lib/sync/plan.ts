/**
 * What a sync fetches, decided from the list of changes and the poll calendar. Pure: no I/O.
 */

export interface ListedItem { id: string; number: number; updatedAt: string }
export interface ListedDiscussion extends ListedItem { category: { name: string } }

export interface DiscussionPlan {
  /** Node ids of discussions to fetch whole. */
  fetch: ListedDiscussion[];
  /** Numbers of discussions that moved out of the synced categories: their files go. */
  drop: number[];
}

export function planDiscussions(listed: ListedDiscussion[], categories: readonly string[]): DiscussionPlan {
  const wanted = new Set(categories);
  return {
    fetch: listed.filter((d) => wanted.has(d.category.name)).sort((a, b) => a.number - b.number),
    drop: listed.filter((d) => !wanted.has(d.category.name)).map((d) => d.number).sort((a, b) => a - b),
  };
}

export interface PollWindow {
  id: string;
  discussion: number;
  opens: string;
  closes: string;
  /** The end of the poll's suggestion period, if it has one: support (👍 on suggestions) is read during it too. */
  suggestionsUntil?: string;
}

/**
 * Polls whose votes must be read again even if their discussion looks unchanged: a reaction does not
 * reliably touch a discussion's updatedAt. That is every poll that has opened and is still open, or that
 * closed after the last sync started (its final votes may have come in since), and every poll whose suggestion
 * period ran after the last sync started (its support may have changed). On a first sync everything is
 * fetched anyway, so `syncedAt` null means none.
 */
export function pollsToRefresh(polls: readonly PollWindow[], now: string, syncedAt: string | null): PollWindow[] {
  if (!syncedAt) return [];
  const t = Date.parse(now);
  const last = Date.parse(syncedAt);
  return polls.filter((p) => (Date.parse(p.opens) <= t && Date.parse(p.closes) > last) || (p.suggestionsUntil !== undefined && Date.parse(p.suggestionsUntil) > last && Date.parse(p.opens) > t));
}
