import { isDeepStrictEqual } from 'node:util';
import { loginKey, POLL_FILE_FORMAT } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';

/**
 * The decision record only grows. Compared with the versions the main branch held:
 *   - a state file, once there, stays, and what it froze never changes;
 *   - a result, once final, stays and never changes; a result's phase never goes back (closed → open);
 *   - an account id, once recorded for a login, stays that login's id.
 * Pure: the git edge (record-history.ts) reads the versions, this decides.
 */

export interface FileVersion {
  commit: string;
  /** Committer date, ISO. */
  date: string;
  /** The file's text at that commit; null where the commit deleted it. */
  text: string | null;
}

export interface RecordHistory {
  /** The ref the versions come from, e.g. "origin/main", for messages and restore commands. */
  ref: string;
  /** Repository-relative path → its versions on the ref, oldest first. */
  files: Map<string, FileVersion[]>;
}

export interface RecordPaths {
  /** Repository-relative folders and file of the record, as they appear in `files`. */
  stateDir: string;
  resultDir: string;
  accountsFile: string;
}

/** `current`: repository-relative path → the file's text in the working tree (absent: no such file). */
export function appendOnlyProblems(history: RecordHistory, current: ReadonlyMap<string, string>, paths: RecordPaths): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const restore = (file: string) => `git checkout ${history.ref} -- ${file}`;
  for (const [file, versions] of [...history.files].sort(([a], [b]) => a.localeCompare(b))) {
    const existed = versions.filter((v): v is FileVersion & { text: string } => v.text !== null);
    if (existed.length === 0) continue;
    const now = current.get(file);
    // Still there in main's latest commit (a deletion before files were append-only is history).
    const stillOnMain = versions.at(-1)?.text !== null;
    if (file.startsWith(`${paths.stateDir}/`)) problems.push(...stateProblems(file, existed, now, stillOnMain, restore));
    else if (file.startsWith(`${paths.resultDir}/`)) problems.push(...resultProblems(file, existed, now, stillOnMain, restore));
    else if (file === paths.accountsFile) problems.push(...accountProblems(file, existed, now, restore));
  }
  return problems;
}

type Existing = FileVersion & { text: string };

const when = (v: FileVersion) => `commit ${v.commit.slice(0, 7)}, ${v.date.slice(0, 10)}`;

function parse(text: string | undefined): Record<string, unknown> | null {
  if (text === undefined) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const isCurrentFormat = (v: Record<string, unknown> | null) => v?.format === POLL_FILE_FORMAT;

/**
 * What a state froze, comparable across file formats: format 1 recorded the rules, the proposal and the
 * option comments at the top level; format 2 keeps them (and the electorate) under `frozen`.
 */
function frozenCore(v: Record<string, unknown>) {
  const frozen = (isCurrentFormat(v) ? v.frozen : v) as Record<string, unknown> | undefined;
  const refs = Array.isArray(frozen?.optionComments) ? (frozen.optionComments as { key?: unknown; id?: unknown }[]) : [];
  return { openedAt: v.openedAt, rules: frozen?.rules, proposal: frozen?.proposal ?? null, optionComments: refs.map((r) => [r.key, r.id]) };
}

/**
 * What a file is held to: its first version in the current format (from then on the rule applies to every
 * version), or, for a file main has only held in an older format, main's latest version of it. History
 * written before files were append-only is not held against anyone.
 */
function reference(existed: Existing[], pick: (v: Record<string, unknown>) => boolean = () => true): { v: Existing; value: Record<string, unknown>; sameFormat: boolean } | null {
  for (const v of existed) {
    const value = parse(v.text);
    if (value && isCurrentFormat(value) && pick(value)) return { v, value, sameFormat: true };
  }
  const last = existed.at(-1);
  const value = last ? parse(last.text) : null;
  return last && value && pick(value) ? { v: last, value, sameFormat: false } : null;
}

function stateProblems(file: string, existed: Existing[], now: string | undefined, stillOnMain: boolean, restore: (f: string) => string): ContentProblem[] {
  const ref = reference(existed);
  if (!ref) return [];
  if (now === undefined) {
    if (!stillOnMain && !ref.sameFormat) return [];
    return [{ file, field: '', message: `this poll opened (${when(ref.v)}) and its state must stay on record: restore it with "${restore(file)}"` }];
  }
  const current = parse(now);
  // A file that is not JSON, or not a state, is reported by the schema check.
  if (!current) return [];
  const unchanged = ref.sameFormat ? isDeepStrictEqual(ref.value, current) : isDeepStrictEqual(frozenCore(ref.value), frozenCore(current));
  if (unchanged) return [];
  return [{ file, field: 'frozen', message: `this state was frozen when the poll opened (${when(ref.v)}) and can never change: put it back with "${restore(file)}"` }];
}

const PHASES = ['upcoming', 'open', 'closed'];

/** What a final result decided, comparable across file formats. */
function decided(v: Record<string, unknown>) {
  return { phase: v.phase, frozen: v.frozen, rules: v.rules, tally: v.tally };
}

function resultProblems(file: string, existed: Existing[], now: string | undefined, stillOnMain: boolean, restore: (f: string) => string): ContentProblem[] {
  const final = reference(existed, (v) => v.frozen === true);
  const current = parse(now);
  // Phases seen from the first version in the current format on (or main's latest, before any).
  const firstCurrent = existed.findIndex((v) => isCurrentFormat(parse(v.text)));
  const held = firstCurrent >= 0 ? existed.slice(firstCurrent) : existed.slice(-1);
  const furthest = held.reduce((best, v) => Math.max(best, PHASES.indexOf(String(parse(v.text)?.phase))), -1);
  if (now === undefined) {
    if (!stillOnMain && firstCurrent < 0) return [];
    if (final) return [{ file, field: '', message: `this result became final (${when(final.v)}) and must stay on record: restore it with "${restore(file)}"` }];
    if (furthest === PHASES.indexOf('closed')) return [{ file, field: '', message: `this poll's result was recorded after it closed and must stay on record: restore it with "${restore(file)}" (the next tally updates it)` }];
    return [];
  }
  if (!current) return [];
  if (final) {
    const unchanged = final.sameFormat ? isDeepStrictEqual(final.value, current) : isDeepStrictEqual(decided(final.value), decided(current));
    if (!unchanged) {
      return [{ file, field: 'frozen', message: `this result became final (${when(final.v)}) and can never change: put it back with "${restore(file)}"` }];
    }
    return [];
  }
  const phase = PHASES.indexOf(String(current.phase));
  if (phase >= 0 && phase < furthest) {
    return [{ file, field: 'phase', message: `is "${String(current.phase)}", but main already recorded this poll as "${PHASES[furthest]}": a poll's phase never goes back; put the file back with "${restore(file)}"` }];
  }
  return [];
}

function accountProblems(file: string, existed: Existing[], now: string | undefined, restore: (f: string) => string): ContentProblem[] {
  const firstSeen = new Map<string, { login: string; id: unknown; v: FileVersion }>();
  for (const v of existed) {
    const list: unknown = (() => {
      try {
        return JSON.parse(v.text);
      } catch {
        return null;
      }
    })();
    if (!Array.isArray(list)) continue;
    for (const a of list as { login?: unknown; id?: unknown }[]) {
      if (typeof a?.login !== 'string' || firstSeen.has(loginKey(a.login))) continue;
      firstSeen.set(loginKey(a.login), { login: a.login, id: a.id, v });
    }
  }
  let current: { login?: unknown; id?: unknown }[] = [];
  try {
    const parsed: unknown = now === undefined ? [] : JSON.parse(now);
    current = Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
  const ids = new Map(current.filter((a) => typeof a?.login === 'string').map((a) => [loginKey(a.login as string), a.id]));
  const problems: ContentProblem[] = [];
  for (const [key, seen] of firstSeen) {
    const id = ids.get(key);
    if (id === seen.id) continue;
    problems.push({
      file,
      field: seen.login,
      message:
        `"${seen.login}" was recorded as GitHub account ${String(seen.id)} (${when(seen.v)}) and that can never change: votes are counted by account, and whoever holds the name now may be someone else. ` +
        `Put the file back with "${restore(file)}"; to pin a member to another account, set "id:" on their entry in content/members.yml`,
    });
  }
  return problems;
}
