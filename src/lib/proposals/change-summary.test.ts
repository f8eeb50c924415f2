import { describe, expect, it } from 'vitest';
import { compareTexts } from './amendment.ts';
import { amendmentWords, pageTitleOf, summarizeChanges } from './change-summary.ts';
import { describeFile, type ChangedFile } from './load.ts';

const page = (title: string, body: string) => `---\ntitle: ${title}\norder: 1\n---\n\n${body}\n`;
const file = (path: string, before: string | null, after: string | null): ChangedFile => ({ file: path, ...describeFile(path), before, after });

describe('amendmentWords', () => {
  it('counts the words of an edited paragraph', () => {
    const before = page('Values', 'We care for the shore.\n\nWe count what we do.');
    const after = page('Values', 'We care for the shore.\n\nWe welcome newcomers every single time.');
    // The second paragraph is edited word by word around the "We" both versions start with.
    expect(amendmentWords(compareTexts(before, after))).toEqual({ added: 5, removed: 4 });
  });

  it('counts a new paragraph word for word, and punctuation not at all', () => {
    const words = amendmentWords(compareTexts(page('A', 'One.'), page('A', 'One.\n\nTwo more words, here!')));
    expect(words).toEqual({ added: 4, removed: 0 });
  });

  it('counts the words changed inside a paragraph', () => {
    const words = amendmentWords(compareTexts(page('A', 'Members vote with a thumbs up.'), page('A', 'Members vote with a heart.')));
    expect(words).toEqual({ added: 1, removed: 2 });
  });

  it('counts Japanese by word, not by sentence', () => {
    // 一緒 (together) and に: two words inserted into one sentence.
    expect(amendmentWords(compareTexts(page('A', '海岸を守ります。'), page('A', '海岸を一緒に守ります。')), 'ja')).toEqual({ added: 2, removed: 0 });
  });

  it('does not count a move as words added and removed', () => {
    const a = 'The first paragraph says something long enough to be recognized.';
    const b = 'The second paragraph says something else that is also long enough.';
    const words = amendmentWords(compareTexts(page('A', `${a}\n\n${b}`), page('A', `${b}\n\n${a}`)));
    expect(words).toEqual({ added: 0, removed: 0 });
  });

  it('counts nothing for a change to the details at the top only', () => {
    expect(amendmentWords(compareTexts(page('A', 'Same text.'), page('B', 'Same text.')))).toEqual({ added: 0, removed: 0 });
  });
});

describe('summarizeChanges', () => {
  it('lists the pages touched with their titles, and counts the other files', () => {
    const summary = summarizeChanges([
      file('content/en/documents/values.mdx', page('Values', 'Old words here.'), page('Our values', 'New words here.')),
      file('content/es/handbook/field-days/index.mdx', null, page('Jornadas', 'Texto nuevo.')),
      file('content/members.yml', '- github: a\n', '- github: b\n'),
    ]);
    expect(summary.pages.map((p) => [p.kind, p.slug, p.lang, p.title, p.added, p.removed])).toEqual([
      ['documents', 'values', 'en', 'Our values', false, false],
      ['handbook', 'field-days', 'es', 'Jornadas', true, false],
    ]);
    expect(summary.otherFiles).toBe(1);
    expect(summary).toMatchObject({ added: 1 + 2, removed: 1 });
  });

  it('names a removed page by its old title', () => {
    const summary = summarizeChanges([file('content/en/blog/old-news.mdx', page('Old news', 'Gone soon.'), null)]);
    expect(summary.pages[0]).toMatchObject({ title: 'Old news', removed: true });
    expect(summary.removed).toBe(2);
  });
});

describe('pageTitleOf', () => {
  it('reads the title, and gives up quietly on broken or missing frontmatter', () => {
    expect(pageTitleOf(page('Mission', 'x'), 'f.mdx')).toBe('Mission');
    expect(pageTitleOf('---\ntitle: [unclosed\n---\n', 'f.mdx')).toBeNull();
    expect(pageTitleOf('no frontmatter', 'f.mdx')).toBeNull();
    expect(pageTitleOf(null, 'f.mdx')).toBeNull();
  });
});
