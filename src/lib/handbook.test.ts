import { describe, expect, it } from 'vitest';
import { handbookNavigation, handbookTree, neighbours, readingOrder, sharedNavigation, sidebarFor, type SidebarNode } from './handbook.ts';

const pages = [
  { slug: 'meetings/agenda', title: 'Agenda', order: 2 },
  { slug: 'start', title: 'Start', order: 1 },
  { slug: '', title: 'Handbook', order: 0 },
  { slug: 'meetings', title: 'Meetings', order: 2 },
  { slug: 'meetings/consensus', title: 'Consensus', order: 1 },
  { slug: 'start/first', title: 'First meeting', order: 1 },
  { slug: 'orphans/lost', title: 'Lost', order: 1 },
];

describe('handbook structure', () => {
  const tree = handbookTree(pages);
  it('nests pages under their part, sorted by order', () => {
    // 'Lost' and 'Start' share order 1, so the title decides.
    expect(tree?.children.map((c) => c.slug)).toEqual(['orphans/lost', 'start', 'meetings']);
    expect(tree?.children[2]?.children.map((c) => c.slug)).toEqual(['meetings/consensus', 'meetings/agenda']);
  });
  it('reads depth-first with each part intro before its pages', () => {
    expect(readingOrder(tree).map((p) => p.slug)).toEqual(['', 'orphans/lost', 'start', 'start/first', 'meetings', 'meetings/consensus', 'meetings/agenda']);
  });
  it('gives previous and next across parts, none at the ends', () => {
    const nav = handbookNavigation(pages);
    expect(neighbours(nav, 'start/first')).toEqual({ prev: expect.objectContaining({ slug: 'start' }), next: expect.objectContaining({ slug: 'meetings' }) });
    expect(neighbours(nav, '').prev).toBeUndefined();
    expect(neighbours(nav, 'meetings/agenda').next).toBeUndefined();
    expect(neighbours(nav, 'no/such/page')).toEqual({});
  });
  it('works out one navigation per list of pages, however many pages ask', () => {
    const english = [...pages];
    const spanish = pages.map((p) => ({ ...p, title: `${p.title} (es)` }));
    let built = 0;
    const ask = (list: typeof pages) => sharedNavigation(list, () => (built++, list));
    const first = ask(english);
    for (let i = 0; i < 5; i++) expect(ask(english)).toBe(first);
    expect(built).toBe(1);
    expect(ask(spanish).tree?.title).toBe('Handbook (es)');
    expect(built).toBe(2);
  });
  it('has no tree without a front page', () => {
    expect(handbookTree(pages.filter((p) => p.slug !== ''))).toBeUndefined();
  });
});

describe('the sidebar of one page', () => {
  const tree = handbookTree(pages)!;
  // Every slug the sidebar shows, folded parts marked with "+".
  const shown = (n: SidebarNode): string[] => [n.children === null ? `${n.slug}+` : n.slug, ...(n.children ?? []).flatMap(shown)];

  it('opens only the part the page is in; the other parts are one line each', () => {
    expect(shown(sidebarFor(tree, 'meetings/agenda'))).toEqual(['', 'orphans/lost', 'start+', 'meetings', 'meetings/consensus', 'meetings/agenda']);
  });
  it("opens a part on its own introduction page", () => {
    expect(shown(sidebarFor(tree, 'start'))).toEqual(['', 'orphans/lost', 'start', 'start/first', 'meetings+']);
  });
  it('shows the front page with every part folded', () => {
    expect(shown(sidebarFor(tree, ''))).toEqual(['', 'orphans/lost', 'start+', 'meetings+']);
  });
  it('does not open a part whose name merely begins like the page', () => {
    const t = handbookTree([{ slug: '', title: 'H', order: 0 }, { slug: 'meet', title: 'Meet', order: 1 }, { slug: 'meet/a', title: 'A', order: 1 }, { slug: 'meetings', title: 'Meetings', order: 2 }, { slug: 'meetings/b', title: 'B', order: 1 }])!;
    expect(shown(sidebarFor(t, 'meetings/b'))).toEqual(['', 'meet+', 'meetings', 'meetings/b']);
  });
  it('grows with the current part, not with the handbook', () => {
    const big = [{ slug: '', title: 'H', order: 0 }];
    for (let p = 0; p < 40; p++) {
      big.push({ slug: `p${p}`, title: `Part ${p}`, order: p });
      for (let i = 0; i < 25; i++) big.push({ slug: `p${p}/x${i}`, title: `Page ${i}`, order: i });
    }
    expect(shown(sidebarFor(handbookTree(big)!, 'p7/x3'))).toHaveLength(1 + 40 + 25);
  });
});
