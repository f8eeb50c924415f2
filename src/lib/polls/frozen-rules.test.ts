import { describe, expect, it } from 'vitest';
import type { PollData, PollEntry, PollState } from '../../schemas/index.ts';
import { digestOf } from './digest.ts';
import { frozenPollProblems } from './frozen-rules.ts';
import { rulesOf } from './rules.ts';

const defaults = { quorum: 0.25, threshold: 'simple-majority' as const };
const data: PollData = {
  title: 'Adopt', question: { en: 'Adopt?', es: '¿Adoptar?' }, type: 'single',
  options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }],
  opens: '2026-09-01T09:00:00Z', closes: '2026-09-15T09:00:00Z', discussion: 30,
};
const entry = (d: PollData, source?: string): PollEntry => ({ id: 'adopt', file: 'content/polls/adopt.yml', data: d, source });
const frozen = (d: PollData = data, proposal: PollState['frozen']['proposal'] = null): PollState => {
  const rules = rulesOf(d, defaults);
  const what = { rules, proposal, optionComments: [], electorate: [] };
  return { format: 2, id: 'adopt', openedAt: '2026-09-01T09:00:05Z', frozen: what, frozenDigest: digestOf(what) };
};

describe('frozenPollProblems', () => {
  it('allows wording, translations, label changes and reordering options', () => {
    const edited: PollData = { ...data, title: { en: 'Adopt it', ja: '採択' }, question: 'Adopt now?', options: [{ key: 'no', label: { en: 'No', es: 'No' } }, { key: 'yes', label: 'Yes!' }] };
    expect(frozenPollProblems([entry(edited)], [frozen()], defaults)).toEqual([]);
  });

  it('allows the same instant written in another time zone', () => {
    expect(frozenPollProblems([entry({ ...data, opens: '2026-09-01T11:00:00+02:00' })], [frozen()], defaults)).toEqual([]);
  });

  it('fails each frozen field that changed, naming the line', () => {
    const source = 'title: Adopt\nquestion: Adopt?\ntype: single\ncloses: 2026-09-16T09:00:00Z\n';
    const changed: PollData = { ...data, type: 'approval', closes: '2026-09-16T09:00:00Z', options: [...data.options, { key: 'abstain', label: 'Abstain' }], quorum: 0.3, threshold: 'two-thirds', discussion: 31 };
    const problems = frozenPollProblems([entry(changed, source)], [frozen()], defaults);
    expect(problems.map((p) => p.field)).toEqual(['type', 'options', 'closes', 'quorum', 'threshold', 'discussion']);
    expect(problems[2]).toEqual({
      file: 'content/polls/adopt.yml', field: 'closes', line: 4,
      message: 'the poll opened on 2026-09-01, so its closing time is frozen: it was 2026-09-15T09:00:00.000Z, now 2026-09-16T09:00:00.000Z; put back 2026-09-15T09:00:00.000Z (to change the rules, close this poll and open a new one)',
    });
  });

  it('explains a changed site default', () => {
    const [problem] = frozenPollProblems([entry(data)], [frozen()], { ...defaults, quorum: 0.5 });
    expect(problem?.message).toMatch(/the default in content\/site\.yml changed, so write "quorum: 0\.25" in this file$/);
  });

  it('uses the discussion polls:open created when the file names none', () => {
    const noDiscussion: PollData = { ...data, discussion: undefined };
    const state = frozen();
    expect(frozenPollProblems([entry(noDiscussion)], [state], defaults)).toEqual([]);
  });

  it('fails a proposal added to, changed in or removed from a poll that has opened', () => {
    const added = frozenPollProblems([entry({ ...data, proposal: 20 }, 'title: Adopt\nproposal: 20\n')], [frozen()], defaults);
    expect(added).toEqual([{
      file: 'content/polls/adopt.yml', field: 'proposal', line: 2,
      message: 'the poll opened on 2026-09-01, so its proposal is frozen: it was none, now 20; remove the line (a poll decides only the pull request it opened for; to decide another, open a new poll)',
    }]);
    const decided = frozen({ ...data, proposal: 12 }, { number: 12, headSha: 'a'.repeat(40) });
    expect(frozenPollProblems([entry({ ...data, proposal: 13 })], [decided], defaults).map((p) => p.message)).toEqual([
      'the poll opened on 2026-09-01, so its proposal is frozen: it was 12, now 13; put back 12 (a poll decides only the pull request it opened for; to decide another, open a new poll)',
    ]);
    expect(frozenPollProblems([entry(data)], [decided], defaults).map((p) => p.field)).toEqual(['proposal']);
  });

  it('fails a removed poll and a hand-edited state file', () => {
    const state = frozen();
    state.frozen.rules.quorum = 0.1;
    const problems = frozenPollProblems([], [state], defaults);
    expect(problems.map((p) => p.file)).toEqual(['content/polls/state/adopt.json', 'content/polls/adopt.yml']);
  });
});
