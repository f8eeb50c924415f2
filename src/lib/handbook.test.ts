import { describe, expect, it } from 'vitest';
import { handbookTree, neighbours, readingOrder } from './handbook.ts';

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
    const order = readingOrder(tree);
    expect(neighbours(order, 'start/first')).toEqual({ prev: expect.objectContaining({ slug: 'start' }), next: expect.objectContaining({ slug: 'meetings' }) });
    expect(neighbours(order, '').prev).toBeUndefined();
    expect(neighbours(order, 'meetings/agenda').next).toBeUndefined();
  });
  it('has no tree without a front page', () => {
    expect(handbookTree(pages.filter((p) => p.slug !== ''))).toBeUndefined();
  });
});
