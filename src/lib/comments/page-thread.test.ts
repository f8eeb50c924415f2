import { describe, expect, it } from 'vitest';
import { siteSchema, type Site } from '../../schemas/index.ts';
import { discussion } from '../../../test/comments/fixtures/discussions.ts';
import { pageThread } from './page-thread.ts';

const site = (shareAcrossLanguages: boolean): Site =>
  siteSchema.parse({
    name: 'Tidewater Commons',
    tagline: 'Shores',
    repository: 'tidewater-commons/chapterhouse',
    defaultLanguage: 'en',
    languages: [{ code: 'en', name: 'English' }, { code: 'es', name: 'Español' }],
    discussions: { categories: ['Comments'], pageCategory: 'Comments', shareAcrossLanguages },
  });

const mission = discussion({ number: 3, title: 'en/documents/mission/' });
const missionEs = discussion({ number: 4, title: 'es/documents/mission/' });

describe('pageThread', () => {
  it("gives a translation the original's thread when languages share", () => {
    expect(pageThread(site(true), [mission, missionEs], { lang: 'es', pagePath: 'es/documents/mission/' })).toMatchObject({
      kind: 'thread', discussion: { number: 3 }, title: 'en/documents/mission/',
    });
  });

  it('gives a translation its own thread when languages do not share', () => {
    expect(pageThread(site(false), [mission, missionEs], { lang: 'es', pagePath: 'es/documents/mission/' })).toMatchObject({
      kind: 'thread', discussion: { number: 4 },
    });
  });

  it('prefers the number in the frontmatter', () => {
    expect(pageThread(site(true), [mission, missionEs], { lang: 'en', pagePath: 'en/documents/mission/', discussion: 4 })).toMatchObject({
      kind: 'thread', discussion: { number: 4 },
    });
  });

  it('links an explicit discussion the snapshot does not have yet', () => {
    expect(pageThread(site(true), [mission], { lang: 'en', pagePath: 'en/documents/values/', discussion: 40 })).toEqual({
      kind: 'not-synced', number: 40, url: 'https://github.com/tidewater-commons/chapterhouse/discussions/40',
    });
  });

  it('shows how to start the discussion a page without one will find', () => {
    expect(pageThread(site(false), [mission], { lang: 'es', pagePath: 'es/blog/dunas/' })).toEqual({
      kind: 'start',
      title: 'es/blog/dunas/',
      startUrl: 'https://github.com/tidewater-commons/chapterhouse/discussions/new?category=comments&title=es%2Fblog%2Fdunas%2F',
    });
  });
});
