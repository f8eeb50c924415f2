import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  accountsSchema, discussionSchema, pullRequestSchema, syncStateSchema, type Account, type Discussion, type PullRequest, type Snapshot,
} from '../../schemas/snapshot.ts';
import { ContentError, type ContentProblem } from '../errors.ts';
import { problemsFromZod } from '../content/friendly-parse.ts';
import { contentRoot, repoRelative, SNAPSHOT_DIR } from '../content/paths.ts';
import { githubServerUrl } from '../github/config.ts';
import { isGitHubWebUrl } from '../security/url-policy.ts';

/** What the site shows before any sync: no discussions, no proposals. */
export function emptySnapshot(): Snapshot {
  return { state: { repository: '', syncedAt: null }, discussions: [], pullRequests: [], accounts: [] };
}

/**
 * Load content/github/ (the snapshot written by `npm run sync`), validated against the snapshot schemas.
 * `root` is the content folder (default: content/, or CHAPTERHOUSE_CONTENT). A missing folder is an empty
 * snapshot, so a fresh organization builds before its first sync. Every bad file is reported at once.
 *
 * The snapshot is a file in the repository, so a pull request can forge it. Comment bodies are sanitized
 * where they are shown; the addresses the site links to are checked here, once, against GitHub's host
 * (`server`, from GITHUB_SERVER_URL as GitHub Actions sets it, else https://github.com).
 */
export function readSnapshot(root: string = contentRoot(), server: string = githubServerUrl()): Snapshot {
  const dir = path.join(root, SNAPSHOT_DIR);
  if (!fs.existsSync(dir)) return emptySnapshot();
  const problems: ContentProblem[] = [];
  const stateFile = path.join(dir, 'state.json');
  const state = fs.existsSync(stateFile) ? readJson(stateFile, syncStateSchema, problems) : emptySnapshot().state;
  const discussions = readFolder(path.join(dir, 'discussions'), discussionSchema, problems) as Discussion[];
  const pullRequests = readFolder(path.join(dir, 'pull-requests'), pullRequestSchema, problems) as PullRequest[];
  const accountsFile = path.join(dir, ACCOUNTS_FILE);
  const accounts = fs.existsSync(accountsFile) ? readJson(accountsFile, accountsSchema, problems) : [];
  for (const d of discussions) problems.push(...addressProblems(snapshotFile(dir, 'discussions', d.number), discussionUrls(d), server));
  for (const p of pullRequests) problems.push(...addressProblems(snapshotFile(dir, 'pull-requests', p.number), [['url', p.url]], server));
  if (problems.length) throw new ContentError(problems);
  return { state: state ?? emptySnapshot().state, discussions, pullRequests, accounts: accounts ?? [] };
}

/** content/github/accounts.json: roster logins resolved to GitHub account ids. */
export const ACCOUNTS_FILE = 'accounts.json';

/** The resolved accounts alone, for checks that must not fail on the rest of the snapshot. */
export function readAccounts(root: string = contentRoot()): { accounts: Account[]; problems: ContentProblem[] } {
  const file = path.join(root, SNAPSHOT_DIR, ACCOUNTS_FILE);
  const problems: ContentProblem[] = [];
  if (!fs.existsSync(file)) return { accounts: [], problems };
  return { accounts: readJson(file, accountsSchema, problems) ?? [], problems };
}

const snapshotFile = (dir: string, folder: string, number: number) => repoRelative(path.join(dir, folder, `${number}.json`));

/** Every address in a discussion, with its field path: the discussion's, each comment's and each reply's. */
function discussionUrls(d: Discussion): Array<[string, string]> {
  return [
    ['url', d.url],
    ...d.comments.flatMap((c, i): Array<[string, string]> => [
      [`comments[${i}].url`, c.url],
      ...c.replies.map((r, j): [string, string] => [`comments[${i}].replies[${j}].url`, r.url]),
    ]),
  ];
}

function addressProblems(file: string, urls: Array<[string, string]>, server: string): ContentProblem[] {
  const host = URL.canParse(server) ? new URL(server).host : server;
  return urls
    .filter(([, url]) => !isGitHubWebUrl(url, server))
    .map(([field, url]) => ({
      file,
      field,
      message: `${JSON.stringify(url.slice(0, 60))} is not an https:// address on ${host}, and the snapshot only holds GitHub's own addresses: restore the file with "git checkout -- ${file}" or run "npm run sync"`,
    }));
}

function readFolder<S extends z.ZodType>(dir: string, schema: S, problems: ContentProblem[]): z.output<S>[] {
  if (!fs.existsSync(dir)) return [];
  const out: { number: number; value: z.output<S> }[] = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const file = path.join(dir, name);
    const value = readJson(file, schema, problems);
    if (value === undefined) continue;
    const number = (value as { number: number }).number;
    if (name !== `${number}.json`) {
      problems.push({ file: repoRelative(file), field: 'number', message: `the file holds #${number}; rename it to ${number}.json or run "npm run sync"` });
      continue;
    }
    out.push({ number, value });
  }
  return out.sort((a, b) => a.number - b.number).map((x) => x.value);
}

function readJson<S extends z.ZodType>(file: string, schema: S, problems: ContentProblem[]): z.output<S> | undefined {
  const rel = repoRelative(file);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push({ file: rel, field: '', message: `not valid JSON (${(e as Error).message}); restore it with "git checkout -- ${rel}" or run "npm run sync"` });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  problems.push(...problemsFromZod(rel, result.error));
  return undefined;
}
