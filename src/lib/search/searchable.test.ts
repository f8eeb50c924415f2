import { describe, expect, it } from 'vitest';
import { isSearchable } from './searchable.ts';

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
  ])('leaves out the list at "%s"', (path) => {
    expect(isSearchable(path)).toBe(false);
  });
});
