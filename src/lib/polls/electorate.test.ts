import { describe, expect, it } from 'vitest';
import type { Account, Member } from '../../schemas/index.ts';
import { accountIndex, accountOf, electorate } from './electorate.ts';

const member = (github: string, since = '2020-01-01', extra: Partial<Member> = {}): Member => ({ github, chapter: 'lisbon', since: new Date(since), role: 'member', ...extra });
const account = (login: string, id: number, currentLogin: string | null = login): Account => ({ login, id, nodeId: `U_${id}`, currentLogin });
const poll = { opens: '2026-09-01T09:00:00.000Z', closes: '2026-09-15T09:00:00.000Z' };

describe('electorate', () => {
  it('is the eligible members, each with the account id votes are counted by and their chapter, sorted by login', () => {
    const roster = [member('Zoe', '2020-01-01', { chapter: 'osaka' }), member('ada'), member('late', '2026-09-02')];
    expect(electorate(roster, poll, [account('ada', 11), account('zoe', 12)])).toEqual([
      { login: 'ada', id: 11, chapter: 'lisbon' },
      { login: 'Zoe', id: 12, chapter: 'osaka' },
    ]);
  });

  it('gives no id to a member whose account is unknown, renamed away or deleted', () => {
    const roster = ['new', 'alice', 'gone'].map((l) => member(l));
    expect(electorate(roster, poll, [account('alice', 21, 'alice-moved'), account('gone', 22, null)]).map((e) => [e.login, e.id])).toEqual([
      ['alice', null], ['gone', null], ['new', null],
    ]);
  });

  it('uses an id pinned on the roster entry', () => {
    expect(electorate([member('alice', '2020-01-01', { id: 77 })], poll, [account('alice', 21, 'someone-else')])).toEqual([{ login: 'alice', id: 77, chapter: 'lisbon' }]);
  });
});

describe('accountOf', () => {
  it('says what to do when the account was renamed', () => {
    const status = accountOf(member('alice'), accountIndex([account('alice', 21, 'alice-moved')]));
    expect(status).toEqual({
      ok: false, reason: 'renamed',
      message: 'the GitHub account first seen as "alice" (id 21) is now called "alice-moved": if the member renamed it, write "github: alice-moved" here; until then their votes do not count in polls that open, and nobody else can vote under the old name',
    });
  });

  it('matches logins ignoring case, as GitHub does', () => {
    expect(accountOf(member('Alice'), accountIndex([account('alice', 21, 'ALICE')]))).toEqual({ ok: true, id: 21 });
  });
});
