import path from 'node:path';
import { readSite } from '../content/load.ts';
import { contentRoot, SNAPSHOT_DIR } from '../content/paths.ts';
import { createGitHubClient, type GitHubClientOptions } from '../github/client.ts';
import { githubConfigFromEnv } from '../github/config.ts';
import { fetchAccountsById, fetchAccountsByLogin, fetchDiscussions, fetchPollComments, fetchPullRequests, listChanges, type Progress } from '../github/fetch.ts';
import { explainGitHubError } from '../github/github-errors.ts';
import { ACCOUNT_BATCH, NEW_LOGINS_PER_SYNC } from '../github/page-sizes.ts';
import { mergeAccounts, planAccounts } from './accounts.ts';
import { mergeSnapshot } from './merge.ts';
import { planDiscussions, pollsToRefresh } from './plan.ts';
import { readPollWindows, readRosterLogins } from './poll-windows.ts';
import { readSnapshot } from './read-snapshot.ts';
import { snapshotFiles } from './snapshot-files.ts';
import { writeSnapshotAtomically } from './write-snapshot.ts';

export interface SyncOptions {
  /** The content folder (default content/ or CHAPTERHOUSE_CONTENT); the snapshot goes to <root>/github/. */
  root?: string;
  env?: Record<string, string | undefined>;
  /** Ignore the last sync time and fetch everything. */
  full?: boolean;
  client?: GitHubClientOptions;
  progress?: Progress;
}

export interface SyncSummary {
  repository: string;
  mode: 'full' | 'incremental';
  /** The previous sync time this run compared against (null on a full sync). */
  since: string | null;
  syncedAt: string;
  requests: number;
  points: number;
  remaining: number | null;
  discussionsFetched: number;
  pullRequestsFetched: number;
  pollsRefreshed: number;
  /** Discussions found deleted on GitHub and recorded as such. */
  discussionsDeleted: number;
  /** Roster logins looked up for the first time, and known accounts looked up again. */
  accountsResolved: number;
  accountsChecked: number;
  filesWritten: number;
  filesChanged: number;
}

/**
 * One sync: list what changed since the last run, fetch it whole, refresh the votes of live polls, and replace
 * the snapshot atomically. Everything is fetched before anything is written, so any failure leaves the
 * previous snapshot exactly as it was.
 */
export async function runSync(options: SyncOptions = {}): Promise<SyncSummary> {
  const root = options.root ?? contentRoot();
  const progress = options.progress ?? (() => {});
  const site = readSite(root);
  const config = githubConfigFromEnv(options.env ?? process.env, site.repository);
  const repository = `${config.owner}/${config.name}`;
  const previous = readSnapshot(root);
  const polls = readPollWindows(root);
  const rosterLogins = readRosterLogins(root);
  const sameRepository = previous.state.repository.toLowerCase() === repository.toLowerCase();
  const since = options.full || !sameRepository ? null : previous.state.syncedAt;
  progress(since ? `Syncing ${repository}: changes since ${since}` : `Syncing ${repository}: everything (first or full sync)`);

  const client = createGitHubClient(config, options.client);
  let fetched;
  let accountCounts = { resolved: 0, checked: 0 };
  try {
    const listed = await listChanges(client, { label: site.proposals.label, since }, progress);
    const plan = planDiscussions(listed.discussions, site.discussions.categories);
    const { discussions, gone: goneWhileRead } = await fetchDiscussions(client, plan.fetch.map((d) => d.id), progress);
    const pullRequests = await fetchPullRequests(client, listed.pullRequests.map((p) => p.id), progress);

    const syncedAt = secondsOnly(client.stats.serverTime ?? new Date().toISOString());
    const fresh = new Set(discussions.map((d) => d.number));
    // Listed but gone by the time we asked for it, or while we read it: deleted during the sync.
    const vanished = plan.fetch.filter((d) => !fresh.has(d.number)).map((d) => d.number);
    // A full sync lists every discussion of the repository: one stored before and not listed now was deleted.
    const listedNumbers = new Set(listed.discussions.map((d) => d.number));
    const unlisted = since === null ? previous.discussions.filter((d) => !d.deletedAt && !listedNumbers.has(d.number)).map((d) => d.number) : [];
    const known = new Map(previous.discussions.filter((d) => !d.deletedAt).map((d) => [d.number, d.id]));
    const refresh = pollsToRefresh(polls, syncedAt, since).filter((p) => !fresh.has(p.discussion) && known.has(p.discussion));
    const polled = await fetchPollComments(client, refresh.map((p) => known.get(p.discussion)!), progress);
    const numberOf = new Map([...known].map(([n, id]) => [id, n]));
    const pollsGone = polled.gone.map((id) => numberOf.get(id)!).filter((n) => n !== undefined);

    const accountPlan = planAccounts(rosterLogins, previous.accounts ?? [], ACCOUNT_BATCH, Math.floor(Date.parse(syncedAt) / 3_600_000));
    const asked = accountPlan.resolve.slice(0, NEW_LOGINS_PER_SYNC);
    if (asked.length < accountPlan.resolve.length) progress(`  ${accountPlan.resolve.length - asked.length} more roster login(s) are left for the next syncs`);
    const resolved = await fetchAccountsByLogin(client, asked, progress);
    const checked = await fetchAccountsById(client, accountPlan.verify.map((a) => a.nodeId));
    const accounts = mergeAccounts(previous.accounts ?? [], {
      resolved: resolved.accounts.map((r) => ({ asked: r.asked, id: r.databaseId!, nodeId: r.id, login: r.login })),
      seen: checked.accounts.map((a) => ({ nodeId: a.id, login: a.login, id: a.databaseId })),
      gone: checked.gone,
    });
    accountCounts = { resolved: resolved.accounts.length, checked: accountPlan.verify.length };
    fetched = {
      repository, syncedAt, full: since === null, discussions, pullRequests, dropped: plan.drop,
      deleted: [...new Set([...vanished, ...goneWhileRead, ...pollsGone, ...unlisted])].sort((a, b) => a - b),
      pollComments: polled.comments, accounts,
    };
  } catch (e) {
    throw explainGitHubError(e, config);
  }

  const next = mergeSnapshot(previous, fetched);
  const files = snapshotFiles(next);
  const dir = path.join(root, SNAPSHOT_DIR);
  const unchangedExceptTime = sameRepository && sameContent(files, snapshotFiles({ ...previous, state: next.state }));
  // A poll closed since the last sync: this sync is the count after closing, so its time must be recorded
  // even when nothing else changed, or the result could never become final.
  const lastSync = previous.state.syncedAt;
  const closedSince = lastSync !== null && polls.some((p) => Date.parse(p.closes) > Date.parse(lastSync) && Date.parse(p.closes) <= Date.parse(fetched.syncedAt));
  // When nothing but the clock moved, keep the previous files (and their last sync time): no commit, no diff.
  const keep = unchangedExceptTime && !options.full && !closedSince;
  const result = keep ? { written: 0, changed: 0 } : writeSnapshotAtomically(dir, files);
  const summary: SyncSummary = {
    repository,
    mode: since ? 'incremental' : 'full',
    since,
    syncedAt: keep ? previous.state.syncedAt ?? fetched.syncedAt : fetched.syncedAt,
    requests: client.stats.requests,
    points: client.stats.points,
    remaining: client.stats.remaining,
    discussionsFetched: fetched.discussions.length,
    pullRequestsFetched: fetched.pullRequests.length,
    pollsRefreshed: fetched.pollComments.size,
    discussionsDeleted: fetched.deleted.filter((n) => previous.discussions.some((d) => d.number === n && !d.deletedAt)).length,
    accountsResolved: accountCounts.resolved,
    accountsChecked: accountCounts.checked,
    filesWritten: result.written,
    filesChanged: result.changed,
  };
  return summary;
}

function sameContent(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** GitHub's timestamps have whole seconds; so does the recorded sync time. */
function secondsOnly(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function formatSummary(s: SyncSummary): string {
  const lines = [
    `Synced ${s.repository} (${s.mode}${s.since ? ` since ${s.since}` : ''}).`,
    `  requests: ${s.requests}, rate-limit points: ${s.points}${s.remaining !== null ? ` (${s.remaining} left this hour)` : ''}`,
    `  fetched: ${s.discussionsFetched} discussion(s), ${s.pullRequestsFetched} pull request(s), votes of ${s.pollsRefreshed} poll(s)`,
    `  accounts: ${s.accountsResolved} new roster login(s) looked up, ${s.accountsChecked} known account(s) checked for renames`,
    ...(s.discussionsDeleted ? [`  recorded as deleted on GitHub: ${s.discussionsDeleted} discussion(s)`] : []),
    s.filesWritten ? `  written: ${s.filesWritten} file(s), ${s.filesChanged} changed` : '  nothing changed: the snapshot was left as it was',
  ];
  return lines.join('\n');
}
