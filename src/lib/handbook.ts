/**
 * The handbook's shape: folders are parts, `index` pages introduce them, `order` sorts siblings.
 * Pure, so the sidebar and prev/next are tested without Astro.
 */
export interface HandbookPage {
  slug: string;
  title: string;
  order: number;
}

export interface HandbookNode extends HandbookPage {
  children: HandbookNode[];
}

const parentOf = (slug: string) => (slug.includes('/') ? slug.slice(0, slug.lastIndexOf('/')) : slug === '' ? null : '');

/** Build the tree under the front page (slug ''); siblings sorted by order, then title. */
export function handbookTree(pages: HandbookPage[]): HandbookNode | undefined {
  const nodes = new Map(pages.map((p) => [p.slug, { ...p, children: [] as HandbookNode[] }]));
  for (const node of nodes.values()) {
    const parent = parentOf(node.slug);
    if (parent === null) continue;
    // A page in a folder without its own index hangs from the nearest ancestor that exists.
    let at: string | null = parent;
    while (at !== null && !nodes.has(at)) at = parentOf(at);
    if (at !== null) nodes.get(at)!.children.push(node);
  }
  for (const node of nodes.values()) node.children.sort((a, b) => a.order - b.order || byTitle(a.title, b.title));
  return nodes.get('');
}

// What `localeCompare` does, without looking up the collation on every comparison.
const byTitle = new Intl.Collator().compare;

/** A language's handbook: its tree, its reading order, and each page's place in that order. */
export interface HandbookNavigation {
  tree: HandbookNode | undefined;
  order: HandbookPage[];
  place: Map<string, number>;
}

export function handbookNavigation(pages: HandbookPage[]): HandbookNavigation {
  const tree = handbookTree(pages);
  const order = readingOrder(tree);
  return { tree, order, place: new Map(order.map((p, i) => [p.slug, i])) };
}

const shared = new WeakMap<object, HandbookNavigation>();

/**
 * The navigation of the pages `list` holds (one language's handbook, the same list object for all its pages),
 * worked out on the first page that asks and then shared: `pages()` runs once per list. Worked out per page,
 * each page cost as much as the whole handbook, and the build grew with the handbook's size squared.
 */
export function sharedNavigation(list: object, pages: () => HandbookPage[]): HandbookNavigation {
  let found = shared.get(list);
  if (!found) shared.set(list, (found = handbookNavigation(pages())));
  return found;
}

/** Reading order: depth-first, a part's intro before its pages. */
export function readingOrder(root: HandbookNode | undefined): HandbookPage[] {
  if (!root) return [];
  const out: HandbookPage[] = [];
  const walk = (n: HandbookNode) => {
    out.push({ slug: n.slug, title: n.title, order: n.order });
    n.children.forEach(walk);
  };
  walk(root);
  return out;
}

export function neighbours({ order, place }: HandbookNavigation, slug: string): { prev?: HandbookPage; next?: HandbookPage } {
  const i = place.get(slug);
  if (i === undefined) return {};
  return { prev: order[i - 1], next: order[i + 1] };
}

/**
 * The sidebar of one page: the parts on the way from the front page to the page are open, every other part
 * is one line (its title). A sidebar listing the whole handbook would make each
 * page grow with the handbook; this one grows with the number of parts and the size of the current part.
 */
export interface SidebarNode extends HandbookPage {
  /** Shown only for parts on the way to the current page; null for a folded part. */
  children: SidebarNode[] | null;
}

export function sidebarFor(root: HandbookNode, current: string): SidebarNode {
  const onPath = (slug: string) => slug === '' || current === slug || current.startsWith(`${slug}/`);
  const walk = (n: HandbookNode): SidebarNode => ({
    slug: n.slug,
    title: n.title,
    order: n.order,
    children: n.children.length === 0 ? [] : onPath(n.slug) ? n.children.map(walk) : null,
  });
  return walk(root);
}
