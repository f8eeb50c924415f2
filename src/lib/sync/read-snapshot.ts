import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  accountsSchema, discussionSchema, pullRequestSchema, syncStateSchema, type Account, type Discussion, type PullRequest, type Snapshot,
} from '../../schemas/snapshot.ts';
import { ContentError, type ContentProblem } from '../errors.ts';
import { problemsFromZod } from '../content/friendly-parse.ts';
import { contentRoot, repoRelative, SNAPSHOT_DIR } from '../content/paths.ts';

/** What the site shows before any sync: no discussions, no proposals. */
export function emptySnapshot(): Snapshot {
  return { state: { repository: '', syncedAt: null }, discussions: [], pullRequests: [], accounts: [] };
}

/**
 * Load content/github/ (the snapshot written by `npm run sync`), validated against the snapshot schemas.
 * `root` is the content folder (default: content/, or CHAPTERHOUSE_CONTENT). A missing folder is an empty
 * snapshot, so a fresh organization builds before its first sync. Every bad file is reported at once.
 */
export function readSnapshot(root: string = contentRoot()): Snapshot {
  const dir = path.join(root, SNAPSHOT_DIR);
  if (!fs.existsSync(dir)) return emptySnapshot();
  const problems: ContentProblem[] = [];
  const stateFile = path.join(dir, 'state.json');
  const state = fs.existsSync(stateFile) ? readJson(stateFile, syncStateSchema, problems) : emptySnapshot().state;
  const discussions = readFolder(path.join(dir, 'discussions'), discussionSchema, problems) as Discussion[];
  const pullRequests = readFolder(path.join(dir, 'pull-requests'), pullRequestSchema, problems) as PullRequest[];
  const accountsFile = path.join(dir, ACCOUNTS_FILE);
  const accounts = fs.existsSync(accountsFile) ? readJson(accountsFile, accountsSchema, problems) : [];
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
