import { ABSTAIN, loginKey, type ElectorateEntry, type PollRules, type VoteReaction } from '../../schemas/index.ts';

/**
 * Where a ballot is counted. A member's ballot is the set of options they gave a counted 👍: a 👍 by the
 * GitHub account of a member of the frozen electorate (matched by account id, never by login), on an option
 * of this poll, created at or after `opens` and before `closes`.
 */

export interface BallotCount {
  eligible: number;
  /** Option key → voters (roster spelling at opening, sorted), unspoiled ballots only. */
  votesFor: Map<string, string[]>;
  voters: string[];
  spoiledBallots: string[];
  abstained: number;
  /** Denominator of the threshold (see `validVotes`). */
  validVotes: number;
}

export function countBallots(
  rules: Pick<PollRules, 'type' | 'options' | 'opens' | 'closes'>,
  electorate: readonly ElectorateEntry[],
  reactions: readonly VoteReaction[],
): BallotCount {
  const byId = new Map<number, string>();
  for (const e of electorate) if (e.id !== null && !byId.has(e.id)) byId.set(e.id, e.login);
  const opens = Date.parse(rules.opens);
  const closes = Date.parse(rules.closes);
  const ballots = new Map<string, Set<string>>();
  for (const r of reactions) {
    if (r.userId === null) continue;
    const voter = byId.get(r.userId);
    if (!voter || !rules.options.includes(r.key)) continue;
    const at = Date.parse(r.createdAt);
    if (at < opens || at >= closes) continue;
    const ballot = ballots.get(voter) ?? new Set<string>();
    ballot.add(r.key);
    ballots.set(voter, ballot);
  }

  const votesFor = new Map<string, string[]>(rules.options.map((k) => [k, []]));
  const spoiledBallots: string[] = [];
  let abstained = 0;
  let validVotes = 0;
  for (const [voter, choices] of ballots) {
    if (rules.type === 'single' && choices.size > 1) {
      spoiledBallots.push(voter);
      continue;
    }
    for (const key of choices) votesFor.get(key)!.push(voter);
    if (choices.has(ABSTAIN)) abstained += 1;
    const chosen = [...choices].filter((k) => k !== ABSTAIN).length;
    // single: one vote per ballot; approval: a majority means "approved by more than half of
    // the members who approved anything", so each such ballot counts once in the denominator.
    if (chosen > 0) validVotes += 1;
  }
  for (const list of votesFor.values()) list.sort(byLogin);
  return { eligible: electorate.length, votesFor, voters: [...ballots.keys()].sort(byLogin), spoiledBallots: spoiledBallots.sort(byLogin), abstained, validVotes };
}

const byLogin = (a: string, b: string) => {
  const x = loginKey(a);
  const y = loginKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
