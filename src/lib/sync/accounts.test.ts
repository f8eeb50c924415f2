import { describe, expect, it } from 'vitest';
import type { Account } from '../../schemas/index.ts';
import { mergeAccounts, planAccounts } from './accounts.ts';

const account = (login: string, id: number, currentLogin: string | null = login): Account => ({ login, id, nodeId: `U_${id}`, currentLogin });

describe('planAccounts', () => {
  it('looks up new roster logins once, and known accounts again one slice per sync', () => {
    const known = [account('a', 1), account('b', 2), account('c', 3), account('gone', 4, null)];
    const roster = ['a', 'B', 'c', 'gone', 'new', 'New'];
    expect(planAccounts(roster, known, 2, 0)).toEqual({ resolve: ['new'], verify: [known[0], known[1]] });
    expect(planAccounts(roster, known, 2, 1).verify).toEqual([known[2]]);
    expect(planAccounts(roster, known, 2, 2).verify).toEqual([known[0], known[1]]);
  });

  it('asks nothing when there is no roster', () => {
    expect(planAccounts([], [account('a', 1)], 100, 7)).toEqual({ resolve: [], verify: [] });
  });
});

describe('mergeAccounts', () => {
  it('records new accounts, notes renames and deletions, and never replaces a recorded id', () => {
    const known = [account('alice', 1), account('bob', 2)];
    const merged = mergeAccounts(known, {
      // Someone else registered "alice" after she renamed: asking for "alice" again must not rebind it.
      resolved: [{ asked: 'Carol', id: 3, nodeId: 'U_3', login: 'carol' }, { asked: 'alice', id: 666, nodeId: 'U_666', login: 'alice' }],
      seen: [{ nodeId: 'U_1', login: 'alice-new', id: 1 }],
      gone: ['U_2'],
    });
    expect(merged).toEqual([account('alice', 1, 'alice-new'), account('bob', 2, null), { login: 'Carol', id: 3, nodeId: 'U_3', currentLogin: 'carol' }]);
  });

  it('confirms nobody when a record\'s node is another account than its id (a hand-edited record)', () => {
    // Someone pointed "newcomer" at the real newcomer's node but at their own account id.
    const forged = { login: 'newcomer', id: 666, nodeId: 'U_7', currentLogin: 'newcomer' };
    expect(mergeAccounts([forged], { resolved: [], seen: [{ nodeId: 'U_7', login: 'newcomer', id: 7 }], gone: [] })).toEqual([{ ...forged, currentLogin: null }]);
  });
});
