import { describe, expect, it } from 'vitest';
import { isSearchable, isSearchableFile, searchKind } from './searchable.ts';

describe('isSearchable', () => {
  it.each([
    'documents/mission/',
    'handbook/',
    'handbook/field-days/',
    'handbook/field-days/planting-and-monitoring/',
    'blog/eelgrass-meadow-census/',
    'chapters/lisbon/',
    'polls/adopt-climate-program/',
    'proposals/12/',
    'glossary/',
    // Paths written without the slashes the contract asks for still count.
    'blog/eelgrass-meadow-census',
    '/documents/mission',
  ])('indexes the page with its own text at %s', (path) => {
    expect(isSearchable(path)).toBe(true);
  });

  it.each([
    '',
    'documents/',
    'documents/program/history/',
    'blog/',
    'blog/tags/',
    'blog/tags/eelgrass/',
    'blog/scope/lisbon/',
    'blog/page/2/',
    'chapters/',
    'polls/',
    'proposals/',
    'translations/',
    'decisions/',
    'search/',
    '404/',
    // The numbered pages of a long discussion: comments, not the page's own text.
    'documents/program/comments/2/',
    'handbook/field-days/comments/3/',
    'handbook/field-days/tides-and-safety/comments/2/',
    'blog/eelgrass-meadow-census/comments/2/',
  ])('leaves out the list at "%s"', (path) => {
    expect(isSearchable(path)).toBe(false);
  });
});

describe('searchKind', () => {
  it.each([
    ['documents/mission/', 'documents'],
    ['handbook/', 'handbook'],
    ['handbook/field-days/tides-and-safety/', 'handbook'],
    ['handbook/comments/', 'handbook'],
    ['blog/eelgrass-meadow-census/', 'blog'],
    ['chapters/lisbon/', 'chapters'],
    ['polls/adopt-climate-program/', 'polls'],
    ['proposals/12/', 'proposals'],
    ['glossary/', 'glossary'],
    ['decisions/', null],
    ['documents/program/comments/2/', null],
  ])('calls %s a %s page', (path, kind) => {
    expect(searchKind(path)).toBe(kind);
  });
});

describe('isSearchableFile', () => {
  it.each([
    'en/documents/mission/index.html',
    'pt-br/blog/eelgrass-meadow-census/index.html',
    'ja/handbook/field-days/planting-and-monitoring/index.html',
    'es/glossary/index.html',
  ])('reads %s as a page search may index', (file) => {
    expect(isSearchableFile(file)).toBe(true);
  });

  it.each([
    // The language is the first folder, not part of the page's path: without it these would read as searchable.
    'documents/mission/index.html',
    'en/blog/tags/eelgrass/index.html',
    'en/documents/program/comments/2/index.html',
    'en/documents/program/history/index.html',
    'en/index.html',
    '404.html',
    'index.html',
    'en/documents/mission/other.html',
    'en/rss.xml',
  ])('leaves %s out', (file) => {
    expect(isSearchableFile(file)).toBe(false);
  });
});
