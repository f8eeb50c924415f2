import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError } from '../errors.ts';
import { problemsFromZod } from '../content/friendly-parse.ts';
import { parseYamlFile } from '../content/frontmatter.ts';
import { listFiles } from '../content/load.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';
import type { PollWindow } from './plan.ts';

/**
 * The three fields of each poll file the sync needs (which discussion, when it opens and closes). The full
 * poll shape lives in src/schemas/poll.ts and is checked by `npm run check`; the sync reads only these so a
 * wording mistake elsewhere in a poll never blocks fetching votes.
 */
const isoInstant = z.union([z.date().transform((d) => d.toISOString()), z.iso.datetime({ offset: true })]);
const pollWindowFields = z.object({
  /** Absent until `polls:open` has created the discussion: such a poll has no votes to read yet. */
  discussion: z.number().int().positive().optional(),
  opens: isoInstant,
  closes: isoInstant,
  // Read leniently: a mistake here is the content check's to report, and only costs a refresh of the support.
  suggestions: z.object({ until: isoInstant }).optional().catch(undefined),
});

export function readPollWindows(root: string = contentRoot()): PollWindow[] {
  const dir = path.join(root, 'polls');
  const out: PollWindow[] = [];
  for (const name of listFiles(dir, /\.ya?ml$/)) {
    const file = path.join(dir, name);
    const rel = repoRelative(file);
    const id = name.replace(/\.ya?ml$/, '');
    const result = pollWindowFields.safeParse(parseYamlFile(fs.readFileSync(file, 'utf8'), rel));
    if (!result.success) throw new ContentError(problemsFromZod(rel, result.error));
    // Once a poll has opened, its state holds the window and discussion it votes in, whatever its file says.
    const frozen = frozenWindow(path.join(dir, 'state', `${id}.json`));
    const { discussion, opens, closes } = frozen ?? result.data;
    const until = frozen ? undefined : result.data.suggestions?.until;
    if (discussion !== undefined && discussion !== null) out.push({ id, discussion, opens, closes, ...(until ? { suggestionsUntil: until } : {}) });
  }
  return out;
}

const frozenRules = z.object({ discussion: z.number().int().positive().nullable(), opens: z.string(), closes: z.string() });
const stateWindow = z.union([z.object({ frozen: z.object({ rules: frozenRules }) }).transform((s) => s.frozen.rules), z.object({ rules: frozenRules }).transform((s) => s.rules)]);

function frozenWindow(file: string): z.infer<typeof frozenRules> | null {
  if (!fs.existsSync(file)) return null;
  try {
    const parsed = stateWindow.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    // A broken state file is the content check's to report; the poll file still says where the votes are.
    return null;
  }
}

const rosterEntry = z.object({ github: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/), id: z.number().optional() });

/**
 * The roster logins whose accounts the sync resolves. Read leniently: an entry with a mistake elsewhere (a
 * date, a chapter) is still a login to resolve, and the content check reports the mistake.
 */
export function readRosterLogins(root: string = contentRoot()): string[] {
  const file = path.join(root, 'members.yml');
  if (!fs.existsSync(file)) return [];
  let entries: unknown;
  try {
    entries = parseYamlFile(fs.readFileSync(file, 'utf8'), repoRelative(file));
  } catch {
    return [];
  }
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((e) => {
    const r = rosterEntry.safeParse(e);
    // A maintainer who pinned an id has answered the question already.
    return r.success && r.data.id === undefined ? [r.data.github] : [];
  });
}
