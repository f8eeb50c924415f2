/**
 * An MDX entry's content rendered once per build and reused by the other pages that show the same entry. A page
 * not yet translated shows its original in every other language: at 14 languages, the same MDX would otherwise
 * be rendered 14 times, identically, since neither the compiled MDX nor its one component (Callout) reads the
 * page's language. Each entry's HTML is kept only until the last page that shows it has taken it.
 */
const kept = new Map<string, { html: Promise<string>; left: number }>();

/**
 * `uses`: how many pages of this build show the entry (1: nothing to share, it is rendered in place). The
 * first page renders it (`render`), the others wait for that HTML.
 */
export function sharedRender(id: string, uses: number, render: () => Promise<string>): Promise<string> {
  if (uses < 2) return render();
  let entry = kept.get(id);
  if (!entry) kept.set(id, (entry = { html: render(), left: uses }));
  if (--entry.left <= 0) kept.delete(id);
  return entry.html;
}

/** How many of these pages show each entry, for sharedRender's `uses`. */
export function usesById(pages: readonly { entry: { id: string } }[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const { entry } of pages) uses.set(entry.id, (uses.get(entry.id) ?? 0) + 1);
  return uses;
}
