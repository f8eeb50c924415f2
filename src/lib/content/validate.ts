import path from 'node:path';
import { rosterIssues } from '../../schemas/index.ts';
import { ContentError, fieldPath, type ContentProblem } from '../errors.ts';
import { pageCrossProblems } from './cross-checks.ts';
import { readDemo } from './demo.ts';
import { readChapters, readPages, readRoster, readSite, readTagLabels } from './load.ts';
import { contentRoot, repoRelative } from './paths.ts';

/**
 * Every problem in the organization's content files (schemas and cross-checks), collected, not thrown.
 * One root cause, one error: a file that cannot be read is reported once, and checks of what refers to
 * it (authors against the roster, chapters named by members and posts) are skipped rather than failing
 * for every reference.
 */
export function contentProblems(root = contentRoot()): ContentProblem[] {
  let site;
  try {
    site = readSite(root);
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  const demoProblems: ContentProblem[] = [];
  try {
    readDemo(root);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    demoProblems.push(...e.problems);
  }
  const { chapters, unreadable, problems: chapterProblems } = readChapters(root);
  const { members, problems: rosterProblems } = readRoster(root);
  const { pages, problems: pageProblems } = readPages(site, root);
  const rosterFile = repoRelative(path.join(root, 'members.yml'));
  const chapterIds = new Set([...chapters.keys(), ...unreadable]);
  return [
    ...demoProblems,
    ...chapterProblems,
    ...rosterProblems,
    ...readTagLabels(root).problems,
    ...rosterIssues(members, chapterIds).map((i) => ({ file: rosterFile, field: fieldPath(i.path), message: i.message })),
    ...pageProblems,
    ...pageCrossProblems(pages, rosterProblems.length ? null : members, { chapters, unreadable }),
  ];
}
