import path from 'node:path';
import { rosterIssues } from '../../schemas/index.ts';
import { ContentError, fieldPath, type ContentProblem } from '../errors.ts';
import { pageCrossProblems } from './cross-checks.ts';
import { readChapters, readPages, readRoster, readSite } from './load.ts';
import { contentRoot, repoRelative } from './paths.ts';

/** Every problem in the organization's content files (schemas and cross-checks), collected, not thrown. */
export function contentProblems(root = contentRoot()): ContentProblem[] {
  let site;
  try {
    site = readSite(root);
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  const { chapters, problems: chapterProblems } = readChapters(root);
  const { members, problems: rosterProblems } = readRoster(root);
  const { pages, problems: pageProblems } = readPages(site, root);
  const rosterFile = repoRelative(path.join(root, 'members.yml'));
  return [
    ...chapterProblems,
    ...rosterProblems,
    ...rosterIssues(members, new Set(chapters.keys())).map((i) => ({ file: rosterFile, field: fieldPath(i.path), message: i.message })),
    ...pageProblems,
    ...pageCrossProblems(pages, members, chapters),
  ];
}
