import { loginKey, type Member, type PollScope } from '../../schemas/index.ts';
import { inScope, type CountryOf } from './scope.ts';

/**
 * Who may vote. Roster dates are calendar days (UTC): `since` is the first day of membership and
 * `until` the last, so a member is eligible when they joined on or before the day the poll opens
 * and stay until at least the day it closes.
 */
export function isEligible(member: Member, opens: string, closes: string): boolean {
  return eligibleOn(member, utcDay(new Date(opens)), utcDay(new Date(closes)));
}

function eligibleOn(member: Member, opensDay: number, closesDay: number): boolean {
  if (utcDay(member.since) > opensDay) return false;
  if (member.until && utcDay(member.until) < closesDay) return false;
  return true;
}

/** Eligible members, each once (the first entry of a login, ignoring case), sorted by login case-insensitively. */
export function eligibleMembers(roster: readonly Member[], opens: string, closes: string): Member[] {
  // The poll's days once, not once per member: a poll's electorate checks every member of a large roster.
  const opensDay = utcDay(new Date(opens));
  const closesDay = utcDay(new Date(closes));
  const byKey = new Map<string, Member>();
  for (const m of roster) {
    if (eligibleOn(m, opensDay, closesDay) && !byKey.has(loginKey(m.github))) byKey.set(loginKey(m.github), m);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, m]) => m);
}

/**
 * Accounts whose option comments count: the bot that opens polls and roster maintainers; for a poll of one
 * chapter or country, only the maintainers of the chapters it is for (a chapter's own vote is not another
 * chapter's to set up). GitHub names an app's account `name[bot]` in REST and `name` in GraphQL; both match.
 */
export function trustedAuthors(roster: readonly Member[], bot: string, scope?: PollScope, countryOf: CountryOf = new Map()): Set<string> {
  const trusted = new Set([botKey(bot)]);
  for (const m of roster) if (m.role === 'maintainer' && inScope(m.chapter, scope, countryOf)) trusted.add(loginKey(m.github));
  return trusted;
}

export const botKey = (login: string) => loginKey(login).replace(/\[bot\]$/, '');

/** Days since 1970-01-01 in UTC: ordered like the calendar days, and cheap (a tally compares many). */
function utcDay(d: Date): number {
  return Math.floor(d.getTime() / 86_400_000);
}
