import fs from 'node:fs';
import path from 'node:path';
import { readRoster, readSite } from '../../src/lib/content/load.ts';
import { prettyJson } from '../../src/lib/polls/digest.ts';
import { electorate } from '../../src/lib/polls/electorate.ts';
import { trustedAuthors } from '../../src/lib/polls/eligibility.ts';
import { openedState } from '../../src/lib/polls/open-plan.ts';
import { findOptionComments } from '../../src/lib/polls/option-comments.ts';
import { readPollStates, readPolls, stateFile } from '../../src/lib/polls/read-polls.ts';
import { rulesOf } from '../../src/lib/polls/rules.ts';
import { runTally } from '../../src/lib/polls/run-tally.ts';
import { countPoll } from '../../src/lib/polls/tally.ts';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import { runSync } from '../../src/lib/sync/run-sync.ts';
import { startFakeGitHub } from '../../test/fake-github/server.ts';
import { fakeDataFor } from './fake-load.ts';
import type { SyncFigures, TallyFigures } from './report.ts';
import { noChangeSyncFloor, firstSyncFloor } from './sync-minimum.ts';
import type { SyntheticOrg } from './synthetic-org.ts';

/**
 * The sync and tally stages of one benchmark run, against one synthetic organization on disk. The builds
 * are in build-stage.ts. `root` is the organization's content folder.
 */

const quiet = () => {};

export async function syncStage(org: SyntheticOrg, root: string, progress: (m: string) => void): Promise<{ first: SyncFigures; noChange: SyncFigures }> {
  progress('  loading the discussions into the fake GitHub');
  const fake = await startFakeGitHub(fakeDataFor(org), { pointsPerHour: 1_000_000 });
  try {
    const now = Date.parse(org.shape.now);
    const open = org.polls.filter((p) => p.discussion !== undefined && Date.parse(p.closes) > now);
    const openThreads = org.discussions.filter((d) => open.some((p) => p.discussion === d.number));
    const run = async (floor: number, label: string): Promise<SyncFigures> => {
      progress(`  ${label}`);
      const before = fake.requests.length;
      const started = performance.now();
      // No pacing against the local fake: the time measured is the sync's own work plus the fake's answers.
      const summary = await runSync({ root, env: fake.env(), progress: quiet, client: { spacingMs: 0 } });
      const wallMs = performance.now() - started;
      const served = fake.requests.slice(before);
      return {
        requests: summary.requests,
        points: summary.points,
        servedRequests: served.length,
        servedPoints: served.reduce((sum, r) => sum + r.cost, 0),
        byOperation: byOperation(served),
        floor,
        discussionsFetched: summary.discussionsFetched,
        pollsRefreshed: summary.pollsRefreshed,
        wallMs,
      };
    };
    const first = await run(firstSyncFloor(org.discussions), 'first sync');
    const noChange = await run(noChangeSyncFloor(openThreads), 'sync again, nothing changed');
    return { first, noChange };
  } finally {
    await fake.close();
  }
}

function byOperation(requests: readonly { operation: string | null; method: string; path: string; cost: number }[]) {
  const out: Record<string, { requests: number; points: number }> = {};
  for (const r of requests) {
    const key = r.operation ?? `${r.method} ${r.path}`;
    const o = (out[key] ??= { requests: 0, points: 0 });
    o.requests += 1;
    o.points += r.cost;
  }
  return out;
}

/**
 * Poll states as `polls:open` would have written them when each poll opened: the frozen rules, the option
 * comments and the electorate, read from the synced snapshot (its accounts were resolved by the sync).
 */
export function writePollStates(root: string) {
  const site = readSite(root);
  const { members } = readRoster(root);
  const { polls } = readPolls(root);
  const snapshot = readSnapshot(root);
  const byNumber = new Map(snapshot.discussions.map((d) => [d.number, d]));
  const trusted = trustedAuthors(members, site.polls.bot);
  for (const poll of polls) {
    const rules = rulesOf(poll.data, site.polls);
    const discussion = rules.discussion === null ? undefined : byNumber.get(rules.discussion);
    if (!discussion) continue;
    const found = findOptionComments(discussion, rules.options, trusted);
    const state = openedState(poll.id, new Date(rules.opens), {
      rules, proposal: null, optionComments: found.comments.map((c) => c.ref), electorate: electorate(members, rules, snapshot.accounts ?? []),
    });
    const file = stateFile(poll.id, root);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, prettyJson(state));
  }
}

/** Count every poll twice: the pure count alone, then `npm run tally`'s whole run (read, count, write). */
export async function tallyStage(root: string, now: Date): Promise<TallyFigures> {
  const site = readSite(root);
  const { states } = readPollStates(root);
  const snapshot = readSnapshot(root);
  const byNumber = new Map(snapshot.discussions.map((d) => [d.number, d]));
  const started = performance.now();
  for (const state of states) {
    const discussion = byNumber.get(state.frozen.rules.discussion!);
    if (discussion) countPoll({ state, discussion, now, syncedAt: snapshot.state.syncedAt });
  }
  const countMs = performance.now() - started;
  const runStarted = performance.now();
  const result = await runTally({ root, env: {}, now, progress: quiet });
  const runMs = performance.now() - runStarted;
  const votes = snapshot.discussions.reduce((sum, d) => sum + (d.category.name === site.polls.category ? d.comments.reduce((s, c) => s + c.reactions.length, 0) : 0), 0);
  return { polls: result.polls.length, votes, countMs, runMs };
}

/**
 * New votes on one open poll, as an hour of a living organization brings them: members react 👍 on GitHub
 * (the fake, loaded with the same discussions the first sync read), the hourly sync fetches them and the tally
 * counts them. Returns how many votes were cast. The build after it is the "rebuild after votes" figure.
 */
export async function castVotesStage(org: SyntheticOrg, root: string, now: Date, count = 20): Promise<number> {
  const fake = await startFakeGitHub(fakeDataFor(org), { pointsPerHour: 1_000_000 });
  try {
    const open = org.polls.find((p) => p.discussion !== undefined && Date.parse(p.opens) <= now.getTime() && Date.parse(p.closes) > now.getTime());
    if (!open) return 0;
    const voted = new Set(open.ballots.map((b) => b.voter));
    const option = fake.data.discussion(open.discussion!).comments[0]!;
    const voters = org.roster.filter((m) => !voted.has(m.github) && !m.until).slice(0, count);
    for (const m of voters) fake.data.addReaction(option.id, 'THUMBS_UP', m.github, now.toISOString());
    await runSync({ root, env: fake.env(), progress: quiet, client: { spacingMs: 0 } });
    await runTally({ root, env: {}, now, progress: quiet });
    return voters.length;
  } finally {
    await fake.close();
  }
}
