import path from 'node:path';
import { ContentError } from './errors.ts';
import { once } from './once.ts';
import { readSnapshot } from './sync/read-snapshot.ts';
import { readPollFiles } from './proposals/load.ts';
import { withoutElectorates } from './polls/without-electorates.ts';
import { currentTime } from './now.ts';
import { readChapters, readRoster, readTagLabels } from './content/load.ts';
import { contentRoot, repoRelative } from './content/paths.ts';
import { isGitRepository, isShallow, logWithFiles, repoRoot } from './git/git.ts';
import { isMemberAt, loginKey, type ChapterData, type Glossary, type LocalizedText, type Member, type TagLabels } from '../schemas/index.ts';
import { readGlossary } from './translations/glossary.ts';

/**
 * Data files read once per build and shared by every page. Problems here stop the build with the
 * content check's messages (the build runs `npm run check` first, so this is a second line of defence).
 */

/** The GitHub snapshot (content/github/): comments, polls and proposals all read this one copy. */
export const snapshot = once(() => readSnapshot());

/**
 * The poll files (definitions, states, results): the poll pages, proposals and document histories share one
 * reading. The states come without their electorates, which no page shows (see without-electorates.ts).
 */
export const pollFiles = once(() => {
  const files = readPollFiles();
  return { ...files, states: withoutElectorates(files.states) };
});

// Chapters and the roster: read from disk on first use, or handed over by the site's middleware from their
// content collections on each request, so `npm run dev` shows an edit on the next page load.
let chapterSource = once((): Map<string, ChapterData> => {
  const { chapters, problems } = readChapters();
  if (problems.length) throw new ContentError(problems);
  return chapters;
});
let rosterSource = once((): Member[] => {
  const { members, problems } = readRoster();
  if (problems.length) throw new ContentError(problems);
  return members;
});
let glossarySource = (lang: string): Glossary => readGlossary(lang);
let tagSource = once((): TagLabels => {
  const { tags, problems } = readTagLabels();
  if (problems.length) throw new ContentError(problems);
  return tags;
});

export const chapters = (): Map<string, ChapterData> => chapterSource();
export const roster = (): Member[] => rosterSource();
/** `content/<lang>/glossary.yml`, validated; empty when the language has none yet. */
export const glossary = (lang: string): Glossary => glossarySource(lang);
/** A blog tag's label (content/tags.yml), written once or per language; the slug itself when it has none. */
export const tagLabel = (tag: string): LocalizedText => tagSource()[tag] ?? tag;

/** The data collections' current entries (see src/middleware.ts). */
export function useOrganizationData(data: { chapters: Map<string, ChapterData>; roster: Member[]; glossaries: ReadonlyMap<string, Glossary>; tags: TagLabels }): void {
  chapterSource = () => data.chapters;
  rosterSource = () => data.roster;
  glossarySource = (lang) => data.glossaries.get(lang) ?? [];
  tagSource = () => data.tags;
}

export function member(login: string): Member | undefined {
  const key = loginKey(login);
  return roster().find((m) => loginKey(m.github) === key);
}

export function activeMembers(chapterId: string, at = currentTime()): Member[] {
  return roster().filter((m) => m.chapter === chapterId && isMemberAt(m, at));
}

/** Country codes that have at least one chapter, for scope pages. */
export function countriesWithChapters(): string[] {
  return [...new Set([...chapters().values()].map((c) => c.country))].sort();
}

/**
 * When each content file last changed, from one `git log` over content/. Empty outside a git checkout
 * (a downloaded archive): pages then simply omit "last updated".
 */
const lastChanges = once((): Map<string, string> => {
  const dates = new Map<string, string>();
  const root = contentRoot();
  if (!isGitRepository(root) || isShallow(root)) return dates;
  // git runs in the repository that holds the content (another one with CHAPTERHOUSE_CONTENT); keys stay
  // relative to the working directory, as entryFile() gives them.
  const gitRoot = repoRoot(root);
  for (const commit of logWithFiles([path.relative(gitRoot, root) || '.'], { cwd: gitRoot })) {
    for (const file of commit.files) {
      const key = repoRelative(path.join(gitRoot, file));
      if (!dates.has(key)) dates.set(key, commit.date);
    }
  }
  return dates;
});

export function lastUpdated(repoFile: string): Date | undefined {
  const iso = lastChanges().get(repoFile);
  return iso ? new Date(iso) : undefined;
}

/** The repository-relative path of a content collection entry's file (`content/en/handbook/x.mdx`). */
export function entryFile(entry: { filePath?: string }): string {
  return entry.filePath ? repoRelative(path.resolve(entry.filePath)) : '';
}
