import { ABSTAIN, loginKey, type ChapterTally, type ElectorateEntry } from '../../schemas/index.ts';
import type { BallotCount } from './ballots.ts';
import { meetsThreshold } from './thresholds.ts';

/**
 * The double majority: an option wins when it has more than half of all valid votes AND is the choice of more
 * than half of the valid votes in more than half of the chapters where at least one eligible member cast a
 * valid vote. Chapters are the ones frozen in the electorate at opening, so moving to another chapter during
 * the vote moves nobody's ballot. A chapter where nobody cast a valid vote (no votes, only abstentions or
 * spoiled ballots) is not counted among the chapters; a chapter split evenly is counted, and won by nobody.
 */

/** Each chapter's figures, for every chapter with eligible members, sorted by chapter id. */
export function chapterTallies(count: BallotCount, options: readonly string[], electorate: readonly ElectorateEntry[]): ChapterTally[] {
  const chapterOf = new Map(electorate.map((e) => [loginKey(e.login), e.chapter]));
  const ids = [...new Set(electorate.map((e) => e.chapter))].sort();
  return ids.map((id) => {
    const inChapter = (login: string) => chapterOf.get(loginKey(login)) === id;
    const votes = options.map((key) => ({ key, votes: (count.votesFor.get(key) ?? []).filter(inChapter).length }));
    // A member with a counted non-abstain vote cast a valid vote (once, however many options an approval
    // ballot named); spoiled ballots are not in votesFor at all.
    const valid = new Set(options.filter((k) => k !== ABSTAIN).flatMap((k) => (count.votesFor.get(k) ?? []).filter(inChapter).map(loginKey)));
    const winner = votes.find((o) => o.key !== ABSTAIN && meetsThreshold('simple-majority', o.votes, valid.size))?.key ?? null;
    return {
      id,
      eligible: electorate.filter((e) => e.chapter === id).length,
      voters: count.voters.filter(inChapter).length,
      validVotes: valid.size,
      options: votes,
      winner,
    };
  });
}

export interface ChapterMajorities {
  /** Chapters where at least one eligible member cast a valid vote: the denominator. */
  counted: number;
  /** Option key → chapters where it has more than half of the valid votes. */
  won: Map<string, number>;
}

export function chapterMajorities(chapters: readonly ChapterTally[]): ChapterMajorities {
  const won = new Map<string, number>();
  for (const c of chapters) if (c.winner !== null) won.set(c.winner, (won.get(c.winner) ?? 0) + 1);
  return { counted: chapters.filter((c) => c.validVotes > 0).length, won };
}

/** Does `key` win a majority of the chapters that count? More than half: half the chapters is not enough. */
export function winsChapters(key: string, majorities: ChapterMajorities): boolean {
  return meetsThreshold('simple-majority', majorities.won.get(key) ?? 0, majorities.counted);
}

/** The option that meets both majorities, or null. */
export function doubleMajorityWinner(options: readonly { key: string; votes: number }[], validVotes: number, chapters: readonly ChapterTally[]): string | null {
  const majorities = chapterMajorities(chapters);
  const qualified = options.filter((o) => o.key !== ABSTAIN && meetsThreshold('simple-majority', o.votes, validVotes) && winsChapters(o.key, majorities));
  // Only one option can hold more than half of the votes of a single-choice poll; two would be a tie.
  return qualified.length === 1 ? qualified[0]!.key : null;
}
