import { describe, expect, it } from 'vitest';
import { discussion } from '../../../test/comments/fixtures/discussions.ts';
import { findPageDiscussion } from './find-discussion.ts';

const mission = discussion({ number: 3, title: 'en/documents/mission/' });
const missionEs = discussion({ number: 4, title: 'es/documents/mission/' });
const values = discussion({ number: 9, title: 'en/documents/values/', category: { name: 'Proposals', slug: 'proposals' } });
const all = [mission, missionEs, values];

describe('findPageDiscussion', () => {
  it('takes the discussion named in the frontmatter, whatever its title or category', () => {
    expect(findPageDiscussion(all, { explicit: 9, title: 'en/documents/mission/', category: 'Comments' })).toEqual({
      status: 'found', discussion: values, via: 'number',
    });
  });

  it('reports an explicit number the snapshot does not hold instead of falling back to the title', () => {
    expect(findPageDiscussion(all, { explicit: 77, title: 'en/documents/mission/', category: 'Comments' })).toEqual({ status: 'not-synced', number: 77 });
  });

  it('finds the discussion titled with the page path in the page category', () => {
    expect(findPageDiscussion(all, { title: 'es/documents/mission/', category: 'Comments' })).toEqual({
      status: 'found', discussion: missionEs, via: 'title',
    });
  });

  it('accepts the category by slug or in another case', () => {
    expect(findPageDiscussion(all, { title: 'en/documents/mission/', category: 'comments' })).toMatchObject({ status: 'found', discussion: mission });
  });

  it('ignores a discussion with the right title in another category', () => {
    expect(findPageDiscussion(all, { title: 'en/documents/values/', category: 'Comments' })).toEqual({ status: 'none', title: 'en/documents/values/' });
  });

  it('says when a page has no discussion yet', () => {
    expect(findPageDiscussion(all, { title: 'en/blog/first-post/', category: 'Comments' })).toEqual({ status: 'none', title: 'en/blog/first-post/' });
  });

  it('picks the older of two discussions started for the same page', () => {
    const later = discussion({ number: 12, title: 'en/documents/mission/' });
    expect(findPageDiscussion([later, mission], { title: 'en/documents/mission/', category: 'Comments' })).toMatchObject({ discussion: { number: 3 } });
  });

  it('reports a discussion deleted on GitHub, and prefers a live one started again with the same title', () => {
    const gone = discussion({ number: 2, title: 'en/documents/mission/', deletedAt: '2026-03-04T06:00:00Z' });
    expect(findPageDiscussion([gone], { title: 'en/documents/mission/', category: 'Comments' })).toEqual({ status: 'deleted', discussion: gone });
    expect(findPageDiscussion([gone], { explicit: 2, title: 'x', category: 'Comments' })).toEqual({ status: 'deleted', discussion: gone });
    expect(findPageDiscussion([gone, mission], { title: 'en/documents/mission/', category: 'Comments' })).toMatchObject({ status: 'found', discussion: { number: 3 } });
  });
});
