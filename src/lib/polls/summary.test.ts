import { describe, expect, it } from 'vitest';
import type { PollData, PollRules } from '../../schemas/index.ts';
import { discussion, member, option, stateFor, thumbs } from './fixtures/build.ts';
import { figures, pollPageUrl, readWitness, SUMMARY_MARKER, summaryComment } from './summary.ts';
import { countPoll } from './tally.ts';

const poll: PollData = {
  title: { en: 'Congress city', es: 'Sede' }, question: 'Where?', type: 'single',
  options: [{ key: 'lisbon', label: 'Lisbon' }, { key: 'osaka', label: { en: 'Osaka', ja: '大阪' } }, { key: 'a-b', label: 'A | B' }],
  opens: '2026-06-01T00:00:00Z', closes: '2026-06-21T00:00:00Z',
};
const rules: PollRules = { type: 'single', options: ['lisbon', 'osaka', 'a-b'], opens: '2026-06-01T00:00:00.000Z', closes: '2026-06-21T00:00:00.000Z', quorum: 0.25, threshold: 'plurality', discussion: 31 };
const d = discussion([option('lisbon', thumbs(['a', 'b', 'd'], '2026-06-02T00:00:00Z')), option('osaka', thumbs(['c', 'b'], '2026-06-02T00:00:00Z')), option('a-b', [])]);
const result = countPoll({
  state: stateFor(rules, d, ['a', 'b', 'c', 'd'].map((l) => member(l))), discussion: d, now: new Date('2026-07-01T00:00:00Z'), syncedAt: '2026-07-01T00:00:00Z',
}).result;

describe('summary comment', () => {
  it('starts with the marker, names the winner, and escapes table cells', () => {
    const text = summaryComment(poll, result, 'en', 'https://example.org/en/polls/congress/');
    expect(text.split('\n')[0]).toBe(SUMMARY_MARKER);
    expect(text).toContain('Winner: **Lisbon**');
    expect(text).toContain('| A \\| B | 0 |');
    expect(text).toContain('Turnout: 4 of 4 eligible members (quorum: 1, met). Spoiled ballots (👍 on more than one option): 1.');
    expect(text).toContain('; this result is final._');
  });

  it('ends with the record line that witnesses the frozen state and the count on GitHub', () => {
    const text = summaryComment(poll, result, 'en', 'u');
    expect(readWitness(text)).toEqual({ frozenDigest: result.input.frozenDigest, inputDigest: result.inputDigest, final: true });
    expect(readWitness(text.replace('final=yes', 'final=maybe'))).toBeNull();
  });

  it('is the same text for the same data, so reruns do not edit it', () => {
    expect(summaryComment(poll, result, 'en', 'u')).toBe(summaryComment(poll, structuredClone(result), 'en', 'u'));
  });
});

describe('figures', () => {
  it('lists options, turnout, spoiled ballots and quorum', () => {
    expect(figures(result)).toBe('lisbon 2, osaka 1, a-b 0; 4 of 4 voted, 1 spoiled (quorum 1)');
  });
});

describe('pollPageUrl', () => {
  it('keeps a base path in the site address', () => {
    expect(pollPageUrl('https://org.github.io/chapterhouse', 'es', 'dues-change')).toBe('https://org.github.io/chapterhouse/es/polls/dues-change/');
  });
});
