import path from 'node:path';
import { chapterSchema, pollSchema, rosterSchema, siteSchema, type Member, type PollData, type PollEntry, type Site } from '../../schemas/index.ts';
import { safeParseContent } from '../content/friendly-parse.ts';
import { parseYamlFile } from '../content/frontmatter.ts';
import { commitAt, filesAt, repoPathOf } from '../git/file-versions.ts';
import type { CountryOf } from './scope.ts';

/**
 * A poll is frozen as it stood when voting opened, not as it stands when `polls:open` next runs: a roster
 * entry (backdated `since` and all), a chapter moved to another country, or a rule merged in between must not
 * reach a vote already open. The branch's history says what the poll file, the roster and the chapters held at
 * the opening time. Without that history
 * (no git, a shallow clone, a poll file added after its opening time) the files as they are now are used, and
 * the caller is told so.
 */
export interface AsOpened {
  data: PollData;
  members: Member[];
  /** The site's poll defaults (quorum, threshold) a poll that sets none is counted by. */
  defaults: Site['polls'];
  /** Each chapter's country, for a poll of one country. */
  countryOf: CountryOf;
  /** Why the files as they are now were used, if they were. */
  note?: string;
}

export function asOpened(root: string, poll: PollEntry, members: Member[], defaults: Site['polls'], countryOf: CountryOf): AsOpened {
  const opens = new Date(poll.data.opens).toISOString();
  const now = (why: string): AsOpened => ({ data: poll.data, members, defaults, countryOf, note: `frozen from the files as they are now: ${why}` });
  let commit: string | null;
  try {
    commit = commitAt(root, 'HEAD', opens);
  } catch {
    commit = null;
  }
  if (!commit) return now(`no git history reaches back to the opening time (${opens})`);
  const prefix = repoPathOf(root);
  const at = (rel: string) => [prefix, rel].filter(Boolean).join('/');
  const pollPath = at(`polls/${path.basename(poll.file)}`);
  const rosterPath = at('members.yml');
  const sitePath = at('site.yml');
  // The chapters known now, as they were then: one that did not exist yet has no members in the roster then either.
  const chapterPaths = [...countryOf.keys()].map((id) => at(`chapters/${id}.yml`));
  const texts = filesAt(root, commit, [pollPath, rosterPath, sitePath, ...chapterPaths]);
  const pollText = texts.get(pollPath);
  const rosterText = texts.get(rosterPath);
  const siteText = texts.get(sitePath);
  if (!pollText) return now(`the poll file was added after its opening time (${opens})`);
  let data;
  let roster;
  let site;
  try {
    data = safeParseContent(pollSchema, parseYamlFile(pollText, pollPath));
    roster = rosterText ? safeParseContent(rosterSchema, parseYamlFile(rosterText, rosterPath) ?? []) : null;
    site = siteText ? safeParseContent(siteSchema, parseYamlFile(siteText, sitePath)) : null;
  } catch {
    return now(`the files at the opening time (${commit.slice(0, 7)}) could not be read`);
  }
  if (!data.success) return now(`the poll file at the opening time (${commit.slice(0, 7)}) was not valid`);
  if (!roster?.success) return now(`the roster at the opening time (${commit.slice(0, 7)}) was missing or not valid`);
  if (!site?.success) return now(`content/site.yml at the opening time (${commit.slice(0, 7)}) was missing or not valid`);
  const countries = new Map<string, string>();
  for (const file of chapterPaths) {
    const text = texts.get(file);
    if (!text) continue;
    try {
      const chapter = safeParseContent(chapterSchema, parseYamlFile(text, file));
      if (chapter.success) countries.set(path.basename(file, '.yml'), chapter.data.country);
    } catch {
      // A chapter file that did not parse then had no members who could vote as its members.
    }
  }
  return { data: data.data, members: roster.data, defaults: site.data.polls, countryOf: countries };
}
