import { describe, expect, it } from 'vitest';
import type { Member, PollEntry, PollRules } from '../../schemas/index.ts';
import { accountsFor, discussion, member, option, stateFor } from './fixtures/build.ts';
import { accountNotes, electorateNotes, pollRecordProblems } from './poll-record.ts';

const rules: PollRules = { type: 'single', options: ['yes', 'no'], opens: '2026-09-01T09:00:00.000Z', closes: '2026-09-15T09:00:00.000Z', quorum: 0.25, threshold: 'simple-majority', discussion: 30 };
const entry = (id: string, extra: Partial<PollEntry['data']> = {}): PollEntry => ({
  id, file: `content/polls/${id}.yml`,
  data: { title: id, question: 'q', type: 'single', options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }], opens: '2026-09-01T09:00:00Z', closes: '2026-09-15T09:00:00Z', ...extra },
});
const files = { stateFile: (id: string) => `content/polls/state/${id}.json`, resultFile: (id: string) => `content/polls/results/${id}.json`, results: [] };
const d = discussion([option('yes', []), option('no', [])]);
const during = new Date('2026-09-05T00:00:00Z');

describe('pollRecordProblems', () => {
  it('fails a second poll in a discussion that already holds one', () => {
    const state = stateFor(rules, d, [member('ada')], { id: 'first' });
    const problems = pollRecordProblems({ ...files, polls: [entry('first', { discussion: 30 }), entry('second', { discussion: 30, opens: '2027-01-01T00:00:00Z', closes: '2027-01-10T00:00:00Z' })], states: [state] }, during);
    expect(problems).toEqual([{ file: 'content/polls/second.yml', field: 'discussion', message: 'discussion #30 already holds the poll "first" (content/polls/first.yml); each poll needs its own discussion: remove this line and polls:open creates one' }]);
  });

  it('notes a poll that closed without ever being opened, such as one added with a window in the past', () => {
    const problems = pollRecordProblems({ ...files, polls: [entry('backdated', { proposal: 20, discussion: 30 })], states: [] }, new Date('2026-10-01T00:00:00Z'));
    expect(problems.map((p) => [p.file, p.field, p.level])).toEqual([['content/polls/backdated.yml', 'closes', 'note']]);
    expect(problems[0]!.message).toMatch(/without ever being opened by "npm run polls:open", so nobody voted in it and it is never counted/);
  });
});

describe('electorateNotes', () => {
  const roster = [member('ada'), member('bob')];
  const state = stateFor(rules, d, roster);

  it('says a member added after opening will not vote in the open poll, even with an earlier since', () => {
    const later: Member[] = [...roster, member('alice', '2020-01-01')];
    expect(electorateNotes(later, 'content/members.yml', [state], during)).toEqual([{
      file: 'content/members.yml', field: '[2].github', level: 'note',
      message: 'alice joined the roster after poll "p" opened (2026-09-01): their vote will not count in it, because who may vote is frozen when voting opens',
    }]);
  });

  it('says a member removed during the vote still counts in it, and says nothing once the poll closed', () => {
    expect(electorateNotes([member('ada')], 'content/members.yml', [state], during).map((n) => n.message)).toEqual([
      'bob was eligible when poll "p" opened (2026-09-01), so their vote still counts in it: who may vote is frozen when voting opens',
    ]);
    expect(electorateNotes([member('ada')], 'content/members.yml', [state], new Date('2026-10-01T00:00:00Z'))).toEqual([]);
  });
});

describe('accountNotes', () => {
  it('names members whose recorded account was renamed or deleted', () => {
    const roster = [member('ada'), member('bob'), member('cy')];
    const accounts = accountsFor(roster);
    accounts[1]!.currentLogin = 'bob-new';
    accounts[2]!.currentLogin = null;
    expect(accountNotes(roster, 'content/members.yml', accounts).map((n) => [n.field, n.level, n.message.slice(0, 44)])).toEqual([
      ['[1].github', 'note', 'the GitHub account first seen as "bob" (id 1'],
      ['[2].github', 'note', 'the GitHub account first seen as "cy" (id 10'],
    ]);
  });
});
