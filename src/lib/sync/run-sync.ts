import path from 'node:path';
import { readSite } from '../content/load.ts';
import { contentRoot, SNAPSHOT_DIR } from '../content/paths.ts';
import { createGitHubClient, type GitHubClientOptions } from '../github/client.ts';
import { githubConfigFromEnv } from '../github/config.ts';
import { fetchDiscussions, fetchPollComments, fetchPullRequests, listChanges, type Progress } from '../github/fetch.ts';
import { explainGitHubError } from '../github/github-errors.ts';
import { mergeSnapshot } from './merge.ts';
import { planDiscussions, pollsToRefresh } from './plan.ts';
import { readPollWindows } from './poll-windows.ts';
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
  const sameRepository = previous.state.repository.toLowerCase() === repository.toLowerCase();
  const since = options.full || !sameRepository ? null : previous.state.syncedAt;
  progress(since ? `Syncing ${repository}: changes since ${since}` : `Syncing ${repository}: everything (first or full sync)`);

  const client = createGitHubClient(config, options.client);
  let fetched;
  try {
    const listed = await listChanges(client, { label: site.proposals.label, since }, progress);
    const plan = planDiscussions(listed.discussions, site.discussions.categories);
    const discussions = await fetchDiscussions(client, plan.fetch.map((d) => d.id), progress);
    const pullRequests = await fetchPullRequests(client, listed.pullRequests.map((p) => p.id), progress);

    const syncedAt = secondsOnly(client.stats.serverTime ?? new Date().toISOString());
    const fresh = new Set(discussions.map((d) => d.number));
    // Listed but gone by the time we asked for it: deleted during the sync.
    const vanished = plan.fetch.filter((d) => !fresh.has(d.number)).map((d) => d.number);
    const known = new Map(previous.discussions.map((d) => [d.number, d.id]));
    const refresh = pollsToRefresh(polls, syncedAt, since).filter((p) => !fresh.has(p.discussion) && known.has(p.discussion));
    const pollComments = await fetchPollComments(client, refresh.map((p) => known.get(p.discussion)!), progress);
    fetched = { repository, syncedAt, full: since === null, discussions, pullRequests, dropped: [...plan.drop, ...vanished], pollComments };
  } catch (e) {
    throw explainGitHubError(e, config);
  }

  const next = mergeSnapshot(previous, fetched);
  const files = snapshotFiles(next);
  const dir = path.join(root, SNAPSHOT_DIR);
  const unchangedExceptTime = sameRepository && sameContent(files, snapshotFiles({ ...previous, state: next.state }));
  // When nothing but the clock moved, keep the previous files (and their last sync time): no commit, no diff.
  const result = unchangedExceptTime && !options.full ? { written: 0, changed: 0 } : writeSnapshotAtomically(dir, files);
  const summary: SyncSummary = {
    repository,
    mode: since ? 'incremental' : 'full',
    since,
    syncedAt: unchangedExceptTime && !options.full ? previous.state.syncedAt ?? fetched.syncedAt : fetched.syncedAt,
    requests: client.stats.requests,
    points: client.stats.points,
    remaining: client.stats.remaining,
    discussionsFetched: fetched.discussions.length,
    pullRequestsFetched: fetched.pullRequests.length,
    pollsRefreshed: fetched.pollComments.size,
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
    s.filesWritten ? `  written: ${s.filesWritten} file(s), ${s.filesChanged} changed` : '  nothing changed: the snapshot was left as it was',
  ];
  return lines.join('\n');
}
