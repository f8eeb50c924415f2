import fs from 'node:fs';
import path from 'node:path';
import { pollResultSchema, pollSchema, pollStateSchema, type PollEntry, type PollResult, type PollState } from '../../schemas/index.ts';
import { ContentError, type ContentProblem } from '../errors.ts';
import { problemsFromZod, safeParseContent } from '../content/friendly-parse.ts';
import { parseYamlFile } from '../content/frontmatter.ts';
import { listFiles } from '../content/load.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';

/**
 * Reading poll files from disk, for the scripts, the content check and the site. Problems are
 * collected rather than thrown so a member sees every mistake at once.
 */

export function pollDirs(root = contentRoot()) {
  const polls = path.join(root, 'polls');
  return { polls, state: path.join(polls, 'state'), results: path.join(polls, 'results') };
}

export const stateFile = (id: string, root = contentRoot()) => path.join(pollDirs(root).state, `${id}.json`);
export const resultFile = (id: string, root = contentRoot()) => path.join(pollDirs(root).results, `${id}.json`);

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every poll file; `unreadable` names the polls whose file exists but fails, reported here once. */
export function readPolls(root = contentRoot()): { polls: PollEntry[]; unreadable: Set<string>; problems: ContentProblem[] } {
  const dir = pollDirs(root).polls;
  const polls: PollEntry[] = [];
  const unreadable = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const name of listFiles(dir, /\.ya?ml$/)) {
    const file = repoRelative(path.join(dir, name));
    const id = name.replace(/\.ya?ml$/, '');
    if (!ID.test(id)) {
      problems.push({ file, field: '', message: 'a poll file name is its id: use lowercase letters, digits and hyphens, e.g. "dues-change.yml"' });
      continue;
    }
    try {
      const source = fs.readFileSync(path.join(dir, name), 'utf8');
      const result = safeParseContent(pollSchema, parseYamlFile(source, file));
      if (result.success) polls.push({ id, file, data: result.data, source });
      else {
        unreadable.add(id);
        problems.push(...problemsFromZod(file, result.error));
      }
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      unreadable.add(id);
      problems.push(...e.problems);
    }
  }
  return { polls, unreadable, problems };
}

function readJsonDir<T>(dir: string, parse: (raw: unknown, file: string) => T | ContentProblem[]): { items: T[]; problems: ContentProblem[] } {
  const items: T[] = [];
  const problems: ContentProblem[] = [];
  for (const name of listFiles(dir, /\.json$/)) {
    const file = repoRelative(path.join(dir, name));
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch {
      problems.push({ file, field: '', message: 'not valid JSON; restore it from git history or regenerate it' });
      continue;
    }
    const parsed = parse(raw, file);
    if (Array.isArray(parsed)) problems.push(...parsed);
    else items.push(parsed);
  }
  return { items, problems };
}

export function readPollStates(root = contentRoot()): { states: PollState[]; problems: ContentProblem[] } {
  const { items, problems } = readJsonDir(pollDirs(root).state, (raw, file) => {
    const r = pollStateSchema.safeParse(raw);
    return r.success ? r.data : problemsFromZod(file, r.error);
  });
  return { states: items, problems };
}

/** Raw JSON of every committed result by id: `tally --verify` checks the shape itself. */
export function readRawResults(root = contentRoot()): Map<string, { file: string; raw: unknown }> {
  const out = new Map<string, { file: string; raw: unknown }>();
  const dir = pollDirs(root).results;
  for (const name of listFiles(dir, /\.json$/)) {
    const file = repoRelative(path.join(dir, name));
    let raw: unknown = null;
    try {
      raw = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch {
      raw = null;
    }
    out.set(name.replace(/\.json$/, ''), { file, raw });
  }
  return out;
}

export function readPollResults(root = contentRoot()): { results: PollResult[]; problems: ContentProblem[] } {
  const { items, problems } = readJsonDir(pollDirs(root).results, (raw, file) => {
    const r = pollResultSchema.safeParse(raw);
    return r.success ? r.data : problemsFromZod(file, r.error);
  });
  return { results: items, problems };
}
