import { loginKey, type Account } from '../../schemas/index.ts';

/**
 * Roster logins → GitHub accounts, for counting votes by account id. Pure: the sync fetches what the plan
 * asks for and merges the answers.
 *
 * A login is looked up once, when it first appears on the roster; its id is then kept for good (the content
 * check holds accounts.json to main's history), because whoever registers a freed login later is someone
 * else. Known accounts are looked up again by id, one slice per sync, to notice renames and deletions.
 */

export interface AccountPlan {
  /** Roster logins with no recorded account yet. */
  resolve: string[];
  /** Recorded accounts of roster logins to look up again now. */
  verify: Account[];
}

/** `slot` turns the slices: pass something that changes every sync, e.g. the hour of the sync. */
export function planAccounts(rosterLogins: readonly string[], known: readonly Account[], batchSize: number, slot: number): AccountPlan {
  const byKey = new Map(known.map((a) => [loginKey(a.login), a]));
  const seen = new Set<string>();
  const resolve: string[] = [];
  const active: Account[] = [];
  for (const login of rosterLogins) {
    const key = loginKey(login);
    if (seen.has(key)) continue;
    seen.add(key);
    const account = byKey.get(key);
    if (!account) resolve.push(login);
    // A deleted account stays deleted: nothing to look up again.
    else if (account.currentLogin !== null) active.push(account);
  }
  const slices = Math.ceil(active.length / batchSize);
  const first = slices === 0 ? 0 : (((slot % slices) + slices) % slices) * batchSize;
  return { resolve, verify: active.slice(first, first + batchSize) };
}

export interface AccountAnswers {
  /** New logins as GitHub answered them: the login asked for, and the account found. */
  resolved: { asked: string; id: number; nodeId: string; login: string }[];
  /** Known accounts looked up again by node id: what each is called now, and its id. */
  seen: { nodeId: string; login: string; id: number | null }[];
  /** Node ids GitHub no longer knows: deleted accounts. */
  gone: string[];
}

export function mergeAccounts(known: readonly Account[], answers: AccountAnswers): Account[] {
  const byKey = new Map(known.map((a) => [loginKey(a.login), { ...a }]));
  const now = new Map(answers.seen.map((s) => [s.nodeId, s]));
  const gone = new Set(answers.gone);
  for (const a of byKey.values()) {
    const seen = now.get(a.nodeId);
    // A node whose id is not the recorded one was never this account (a hand-edited record): it confirms nobody.
    if (gone.has(a.nodeId) || (seen && seen.id !== a.id)) a.currentLogin = null;
    else if (seen) a.currentLogin = seen.login;
  }
  for (const r of answers.resolved) {
    // Never replace a recorded id: the login may have passed to someone else since.
    if (!byKey.has(loginKey(r.asked))) byKey.set(loginKey(r.asked), { login: r.asked, id: r.id, nodeId: r.nodeId, currentLogin: r.login });
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, a]) => a);
}
