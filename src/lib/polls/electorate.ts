import { loginKey, type Account, type ElectorateEntry, type Member, type PollRules } from '../../schemas/index.ts';
import { eligibleMembers } from './eligibility.ts';
import { inScope, type CountryOf } from './scope.ts';

/**
 * Who may vote in a poll, as `polls:open` freezes it into the poll's state: one pure function of the roster,
 * the poll (its window is the time that matters, its scope who is asked) and the known GitHub accounts. Each
 * entry carries the member's chapter as the roster said at opening: a member who moves to another chapter while
 * the poll is open votes (and is counted, in a double majority) with the chapter they had.
 *
 * A member's vote is counted by account id. The id comes from the roster when a maintainer pinned one,
 * otherwise from content/github/accounts.json, and only while that account is still called by the roster's
 * login: a member who renamed must update the roster, and a stranger who registers the freed login is
 * someone else.
 */
export function electorate(
  roster: readonly Member[],
  poll: Pick<PollRules, 'opens' | 'closes' | 'scope'>,
  accounts: readonly Account[],
  countryOf: CountryOf = new Map(),
): ElectorateEntry[] {
  const index = accountIndex(accounts);
  return scopedMembers(roster, poll, countryOf).map((m) => {
    const account = accountOf(m, index);
    return { login: m.github, id: account.ok ? account.id : null, chapter: m.chapter };
  });
}

/** Eligible members (see eligibility.ts) of the chapters the poll is for. */
export function scopedMembers(roster: readonly Member[], poll: Pick<PollRules, 'opens' | 'closes' | 'scope'>, countryOf: CountryOf): Member[] {
  return eligibleMembers(roster, poll.opens, poll.closes).filter((m) => inScope(m.chapter, poll.scope, countryOf));
}

export type AccountStatus =
  | { ok: true; id: number }
  | { ok: false; reason: 'unresolved' | 'renamed' | 'deleted'; message: string };

export function accountIndex(accounts: readonly Account[]): Map<string, Account> {
  return new Map(accounts.map((a) => [loginKey(a.login), a]));
}

/** The account id a roster entry votes with, or why it has none. */
export function accountOf(member: Pick<Member, 'github' | 'id'>, index: ReadonlyMap<string, Account>): AccountStatus {
  if (member.id !== undefined) return { ok: true, id: member.id };
  const login = member.github;
  const account = index.get(loginKey(login));
  if (!account) {
    return {
      ok: false,
      reason: 'unresolved',
      message: `no GitHub account is known for "${login}" yet, so their votes cannot be counted: run "npm run sync" (it looks the username up); if it stays unknown, check the spelling`,
    };
  }
  if (account.currentLogin === null) {
    return {
      ok: false,
      reason: 'deleted',
      message: `the GitHub account first seen as "${login}" (id ${account.id}) no longer exists as recorded (it was deleted, or the record does not match GitHub): ask the member for their current username and write it here`,
    };
  }
  if (loginKey(account.currentLogin) !== loginKey(login)) {
    return {
      ok: false,
      reason: 'renamed',
      message: `the GitHub account first seen as "${login}" (id ${account.id}) is now called "${account.currentLogin}": if the member renamed it, write "github: ${account.currentLogin}" here; until then their votes do not count in polls that open, and nobody else can vote under the old name`,
    };
  }
  return { ok: true, id: account.id };
}
