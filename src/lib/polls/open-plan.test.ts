import { describe, expect, it } from 'vitest';
import { siteSchema, type PollEntry } from '../../schemas/index.ts';
import { existingOptions, optionCommentBody, pollsDue } from './open-plan.ts';
import { markerKey } from './option-comments.ts';

const site = siteSchema.parse({
  name: 'T', tagline: 't', repository: 'o/r', defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }, { code: 'es', name: 'Español' }],
  discussions: { categories: ['Polls'], pageCategory: 'Polls' },
});
const poll = (id: string, opens: string, closes: string): PollEntry => ({
  id, file: `content/polls/${id}.yml`,
  data: { title: id, question: 'q', type: 'single', options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }], opens, closes },
});

describe('pollsDue', () => {
  it('picks polls whose opening time has come and that have not closed', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const polls = [poll('past', '2026-06-01T00:00:00Z', '2026-06-21T00:00:00Z'), poll('now', '2026-11-26T12:00:00Z', '2026-12-01T00:00:00Z'), poll('later', '2027-01-01T00:00:00Z', '2027-01-10T00:00:00Z')];
    expect(pollsDue(polls, now).map((p) => p.id)).toEqual(['now']);
  });
});

describe('existingOptions', () => {
  const trusted = new Set(['github-actions', 'chair']);
  it('finds trusted option comments and lists the missing keys', () => {
    const comments = [
      { id: 'c1', url: 'u1', body: optionCommentBody({ key: 'yes', label: 'Yes' }, site), author: 'github-actions[bot]' },
      { id: 'c2', url: 'u2', body: '<!-- poll-option: no -->', author: 'mallory' },
      { id: 'c3', url: 'u3', body: 'I like it', author: 'github-actions' },
    ];
    expect(existingOptions(['yes', 'no'], comments, trusted)).toEqual({ existing: [{ key: 'yes', id: 'c1', url: 'u1', author: 'github-actions[bot]' }], missing: ['no'] });
  });
});

describe('optionCommentBody', () => {
  it('shows every translation once and carries the marker', () => {
    const body = optionCommentBody({ key: 'no', label: { en: 'No', es: 'No' } }, site);
    expect(body.split('\n')[0]).toBe('### No');
    expect(markerKey(body)).toBe('no');
  });
});
