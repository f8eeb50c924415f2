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
});

export function readPollWindows(root: string = contentRoot()): PollWindow[] {
  const dir = path.join(root, 'polls');
  const out: PollWindow[] = [];
  for (const name of listFiles(dir, /\.ya?ml$/)) {
    const file = path.join(dir, name);
    const rel = repoRelative(file);
    const result = pollWindowFields.safeParse(parseYamlFile(fs.readFileSync(file, 'utf8'), rel));
    if (!result.success) throw new ContentError(problemsFromZod(rel, result.error));
    const { discussion, opens, closes } = result.data;
    if (discussion !== undefined) out.push({ id: name.replace(/\.ya?ml$/, ''), discussion, opens, closes });
  }
  return out;
}
