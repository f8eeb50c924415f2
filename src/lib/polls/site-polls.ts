import { ContentError } from '../errors.ts';
import { readSite } from '../content/load.ts';
import { currentTime } from '../now.ts';
import { chapters, pollFiles, roster, snapshot as siteSnapshot } from '../site-data.ts';
import { countriesOf } from './scope.ts';
import { pollViews, type PollView } from './views.ts';

/**
 * The poll views for the site build, read once. Bad files stop the build with the content check's
 * messages (the build runs the check first; this is the second line of defence).
 */
let cached: PollView[] | undefined;

export function sitePolls(): PollView[] {
  if (cached) return cached;
  const site = readSite();
  const { polls, results, states, problems } = pollFiles();
  if (problems.length) throw new ContentError(problems);
  const snapshot = siteSnapshot();
  const now = currentTime();
  cached = pollViews({
    polls, results, states, discussions: snapshot.discussions, pullRequests: snapshot.pullRequests, site, now,
    roster: roster(), accounts: snapshot.accounts ?? [], countryOf: countriesOf(chapters()),
  });
  return cached;
}

export function sitePoll(id: string): PollView | undefined {
  return sitePolls().find((v) => v.id === id);
}
