import { describe, expect, it } from 'vitest';
import type { PollEntry, PollRules, PollState } from '../../schemas/index.ts';
import { digestOf } from './digest.ts';
import { bars, decisions, grouped, pollViews, textIn } from './views.ts';

const entry = (id: string, opens: string, closes: string, extra: Partial<PollEntry['data']> = {}): PollEntry => ({
  id, file: `content/polls/${id}.yml`,
  data: { title: { en: `T ${id}`, es: `T es ${id}` }, question: 'Q?', type: 'single', options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }], opens, closes, discussion: 1, ...extra },
});
const site = { polls: { quorum: 0.25, threshold: 'simple-majority' as const, bot: 'github-actions', category: 'Polls' }, repository: 'o/r' };

describe('pollViews and grouped', () => {
  it('sorts open by closing, upcoming by opening, closed newest first', () => {
    const polls = [
      entry('old', '2026-01-01T00:00:00Z', '2026-01-10T00:00:00Z'),
      entry('newer', '2026-02-01T00:00:00Z', '2026-02-10T00:00:00Z'),
      entry('open-late', '2026-03-01T00:00:00Z', '2026-04-20T00:00:00Z'),
      entry('open-soon', '2026-03-02T00:00:00Z', '2026-03-20T00:00:00Z'),
      entry('next', '2026-05-01T00:00:00Z', '2026-05-10T00:00:00Z'),
    ];
    const views = pollViews({ polls, results: [], states: [], discussions: [], pullRequests: [], site, now: new Date('2026-03-10T00:00:00Z') });
    const g = grouped(views);
    expect([g.open.map((v) => v.id), g.upcoming.map((v) => v.id), g.closed.map((v) => v.id)]).toEqual([['open-soon', 'open-late'], ['next'], ['newer', 'old']]);
    expect(views[0]!.discussionUrl).toBe('https://github.com/o/r/discussions/1');
  });

  it('uses the frozen rules and option links of the state', () => {
    const poll = entry('p', '2026-01-01T00:00:00Z', '2026-01-10T00:00:00Z');
    const rules: PollRules = { type: 'single', options: ['yes', 'no'], opens: '2026-01-01T00:00:00.000Z', closes: '2026-01-10T00:00:00.000Z', quorum: 0.5, threshold: 'two-thirds', discussion: 7 };
    const frozen = { rules, proposal: null, electorate: [], optionComments: [
      { key: 'yes', id: 'c1', url: 'https://github.com/o/r/discussions/7#discussioncomment-1', author: 'github-actions' },
      // A forged state file cannot make the poll page link anywhere but GitHub.
      { key: 'no', id: 'c2', url: 'javascript:alert(document.domain)', author: 'github-actions' },
    ] };
    const state: PollState = { format: 2, id: 'p', openedAt: rules.opens, frozen, frozenDigest: digestOf(frozen) };
    const [view] = pollViews({ polls: [poll], results: [], states: [state], discussions: [], pullRequests: [], site, now: new Date('2026-01-05T00:00:00Z') });
    expect(view).toMatchObject({ quorum: 0.5, threshold: 'two-thirds', discussionUrl: 'https://github.com/o/r/discussions/7' });
    expect(view!.optionLinks).toEqual({ yes: 'https://github.com/o/r/discussions/7#discussioncomment-1' });
  });

  it('lists only counted closed polls as decisions', () => {
    const views = pollViews({ polls: [entry('p', '2026-01-01T00:00:00Z', '2026-01-10T00:00:00Z')], results: [], states: [], discussions: [], pullRequests: [], site, now: new Date('2026-03-01T00:00:00Z') });
    expect(decisions(views, ['en'], 'en')).toEqual([]);
  });
});

describe('textIn', () => {
  it('says which language the text is really in', () => {
    expect(textIn({ en: 'Yes', es: 'Sí' }, 'es', 'en')).toEqual({ text: 'Sí', lang: 'es' });
    expect(textIn({ en: 'Yes', es: 'Sí' }, 'ja', 'en')).toEqual({ text: 'Yes', lang: 'en' });
    expect(textIn({ ja: 'はい' }, 'es', 'en')).toEqual({ text: 'はい', lang: 'ja' });
    expect(textIn('Lisbon', 'ja', 'en')).toEqual({ text: 'Lisbon', lang: 'en' });
  });
});

describe('bars', () => {
  it('scales against the largest option, and draws nothing wide for zero votes', () => {
    expect(bars([{ key: 'a', votes: 19 }, { key: 'b', votes: 4 }, { key: 'c', votes: 0 }]).map((b) => b.width)).toEqual([100, 21.1, 0]);
    expect(bars([{ key: 'a', votes: 0 }]).map((b) => b.width)).toEqual([0]);
  });
});
