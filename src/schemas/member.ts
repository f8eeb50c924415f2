import { z } from 'zod';
import { calendarDate, githubLogin, loginKey, slug } from './common.ts';

export const memberRole = z.enum(['member', 'maintainer']);

export const memberSchema = z.object({
  github: githubLogin,
  chapter: slug,
  since: calendarDate,
  until: calendarDate.optional(),
  role: memberRole.default('member'),
  /**
   * The member's GitHub account id, when a maintainer pins it by hand (for a member whose login was taken
   * over by someone else, say). Usually left out: `npm run sync` resolves ids into content/github/accounts.json.
   */
  id: z.number().int().positive().optional(),
});
export type Member = z.infer<typeof memberSchema>;

/** `content/members.yml`: the roster. Cross-checks need the chapter ids, so they live in `rosterIssues`. */
export const rosterSchema = z.array(memberSchema);

export interface RosterIssue {
  path: (string | number)[];
  message: string;
}

/** Problems a single-entry schema cannot see: duplicates, unknown chapters, reversed dates. */
export function rosterIssues(roster: Member[], chapterIds: ReadonlySet<string>): RosterIssue[] {
  const issues: RosterIssue[] = [];
  const firstIndex = new Map<string, number>();
  roster.forEach((m, i) => {
    const key = loginKey(m.github);
    const earlier = firstIndex.get(key);
    if (earlier !== undefined) {
      issues.push({ path: [i, 'github'], message: `"${m.github}" is already listed as entry ${earlier + 1}; keep one entry per member (usernames ignore case)` });
    } else firstIndex.set(key, i);
    if (!chapterIds.has(m.chapter)) {
      issues.push({ path: [i, 'chapter'], message: `there is no chapter "${m.chapter}"; use the name of a file in content/chapters/ without .yml` });
    }
    if (m.until && m.until < m.since) {
      issues.push({ path: [i, 'until'], message: `until (${iso(m.until)}) is before since (${iso(m.since)}); fix one of the dates` });
    }
  });
  return issues;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Is this member on the roster at the given moment? */
export function isMemberAt(m: Member, at: Date): boolean {
  return m.since <= at && (!m.until || m.until >= at);
}
