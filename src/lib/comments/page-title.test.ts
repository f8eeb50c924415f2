import { describe, expect, it } from 'vitest';
import { pageDiscussionTitle } from './page-title.ts';

const own = { defaultLanguage: 'en', shareAcrossLanguages: false };
const shared = { defaultLanguage: 'en', shareAcrossLanguages: true };

describe('pageDiscussionTitle', () => {
  it("is the page's pathname without the leading slash, trailing slash kept", () => {
    expect(pageDiscussionTitle('en', 'en/documents/mission/', own)).toBe('en/documents/mission/');
  });

  it('gives each language its own thread when translations do not share', () => {
    expect(pageDiscussionTitle('es', 'es/documents/mission/', own)).toBe('es/documents/mission/');
    expect(pageDiscussionTitle('ja', 'ja/handbook/starting/first-meeting/', own)).toBe('ja/handbook/starting/first-meeting/');
  });

  it("maps every translation to the default language's path when they share", () => {
    expect(pageDiscussionTitle('es', 'es/documents/mission/', shared)).toBe('en/documents/mission/');
    expect(pageDiscussionTitle('ja', 'ja/blog/spring-cleanup/', shared)).toBe('en/blog/spring-cleanup/');
  });

  it('accepts the path after the language, with or without slashes around it', () => {
    expect(pageDiscussionTitle('es', 'documents/mission/', own)).toBe('es/documents/mission/');
    expect(pageDiscussionTitle('en', '/en/documents/mission', own)).toBe('en/documents/mission/');
    expect(pageDiscussionTitle('en', 'documents//mission/', own)).toBe('en/documents/mission/');
  });

  it('maps the home page to the language alone', () => {
    expect(pageDiscussionTitle('es', 'es/', own)).toBe('es/');
    expect(pageDiscussionTitle('es', '', shared)).toBe('en/');
  });
});
