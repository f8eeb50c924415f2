import { describe, expect, it } from 'vitest';
import { editUrl, historyUrl, MAX_URL_LENGTH, newFileUrl, shortPrefill } from './links.ts';

const repo = { repository: 'tidewater-commons/chapterhouse', branch: 'main' };
const SOURCE_FILE = 'content/en/handbook/starting/first-meeting.mdx';
const TARGET = 'content/es/handbook/starting/first-meeting.mdx';

describe('newFileUrl', () => {
  it('opens the editor in the translation folder, named like the original and pre-filled with it', () => {
    const source = '---\ntitle: First meeting\norder: 2\n---\n\nBring tea & boots: 100% fun?\n';
    const url = new URL(newFileUrl(repo, TARGET, source, SOURCE_FILE));
    expect(url.origin + url.pathname).toBe('https://github.com/tidewater-commons/chapterhouse/new/main/content/es/handbook/starting');
    expect(url.searchParams.get('filename')).toBe('first-meeting.mdx');
    expect(url.searchParams.get('value')).toBe(source);
  });

  it('falls back to the frontmatter and a pointer to the original when the page is too long for a URL', () => {
    const source = `---\ntitle: Long\norder: 3\n---\n\n${'Mangroves hold the shore. '.repeat(600)}`;
    const raw = newFileUrl(repo, TARGET, source, SOURCE_FILE);
    expect(raw.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    const value = new URL(raw).searchParams.get('value')!;
    expect(value.startsWith('---\ntitle: Long\norder: 3\n---\n')).toBe(true);
    expect(value).toContain(`https://github.com/tidewater-commons/chapterhouse/blob/main/${SOURCE_FILE}`);
    expect(value).not.toContain('Mangroves');
  });

  it('counts the encoded length, which non-Latin text multiplies', () => {
    // 1,000 Japanese characters are 9,000 URL characters once percent-encoded.
    const source = `---\ntitle: 長い\n---\n\n${'海岸'.repeat(500)}`;
    expect(newFileUrl(repo, 'content/ja/documents/long.mdx', source, 'content/en/documents/long.mdx').length).toBeLessThanOrEqual(MAX_URL_LENGTH);
  });
});

describe('shortPrefill', () => {
  it('uses an MDX comment, which readers never see, and works without frontmatter', () => {
    expect(shortPrefill('Just text', 'https://x.test/a')).toBe('\n{/* The original is too long to copy here. Translate it from https://x.test/a and replace this line. */}\n');
  });
});

describe('edit and history links', () => {
  it('escapes each path segment but keeps the slashes', () => {
    expect(editUrl(repo, 'content/es/blog/día de campo.mdx')).toBe('https://github.com/tidewater-commons/chapterhouse/edit/main/content/es/blog/d%C3%ADa%20de%20campo.mdx');
    expect(historyUrl({ ...repo, branch: 'release/2026' }, 'content/en/documents/mission.mdx')).toBe(
      'https://github.com/tidewater-commons/chapterhouse/commits/release/2026/content/en/documents/mission.mdx',
    );
  });
});
