import fs from 'node:fs';
import path from 'node:path';
import { readPages, readSite } from '../content/load.ts';
import type { PageKind } from '../content/paths.ts';
import { contentRoot } from '../content/paths.ts';
import { ChapterhouseError } from '../errors.ts';
import { isGitRepository, isShallow, logWithFiles, repoRoot, showFile } from '../git/git.ts';
import { readVersions } from '../git/git-contents.ts';
import { indexHistory, type History } from './history.ts';
import { openVerdictStore, type VerdictStore } from './verdict-store.ts';
import { cacheSideFile } from '../build-cache/current-plan.ts';
import { buildReport, type PageRef, type PageStatus, type TranslationReport } from './report.ts';

/**
 * The edge of the translations logic: reads the pages, one `git log` of the content tree and, lazily,
 * old file versions. Memoized per content folder, so a build asks git once however many pages render a notice.
 */

export const SHALLOW_MESSAGE =
  'git history is missing (this is a shallow clone), so whether translations are up to date is unknown: ' +
  'run "git fetch --unshallow", or in GitHub Actions give actions/checkout "fetch-depth: 0"';
export const NO_GIT_MESSAGE =
  'the content is not in a git checkout, so whether translations are up to date is unknown: ' +
  'build from a clone of the repository';

const reports = new Map<string, { report: TranslationReport; index: Map<string, PageStatus> }>();

export function loadTranslationReport(root = contentRoot()): TranslationReport {
  return cached(root).report;
}

/** The state of one page in one language; undefined for default-language pages and pages without an original. */
export function translationStatus(lang: string, kind: PageKind, slug: string, root = contentRoot()): PageStatus | undefined {
  return cached(root).index.get(`${lang}\0${kind}\0${slug}`);
}

/** Forget memoized reports (tests, and `astro dev` after content changes). */
export function clearTranslationCache(): void {
  reports.clear();
}

function cached(root: string) {
  const absolute = path.resolve(root);
  let entry = reports.get(absolute);
  if (!entry) {
    const report = readReport(absolute);
    const index = new Map(report.pages.map((p) => [`${p.lang}\0${p.kind}\0${p.slug}`, p]));
    reports.set(absolute, (entry = { report, index }));
  }
  return entry;
}

function readReport(root: string): TranslationReport {
  const site = readSite(root);
  const { pages, problems } = readPages(site, root);
  const gitRoot = isGitRepository(root) ? repoRoot(root) : undefined;
  // Git and GitHub name files from the repository root, whatever folder the build runs in.
  const fromRoot = (file: string) => {
    const absolute = path.resolve(process.cwd(), file);
    return (gitRoot ? path.relative(gitRoot, absolute) : path.relative(path.dirname(root), absolute)).split(path.sep).join('/');
  };
  // Drafts are not published, so nobody should be asked to translate them yet.
  const refs: PageRef[] = pages.filter((p) => !(p.data as { draft?: unknown }).draft).map((p) => ({
    kind: p.kind, lang: p.lang, slug: p.slug, file: fromRoot(p.file), title: String((p.data as { title?: unknown }).title ?? p.slug),
    ...((p.data as { translationOf?: string }).translationOf ? { translationOf: (p.data as { translationOf: string }).translationOf } : {}),
  }));
  // A page that fails the check is not "missing": it is there and cannot be read, and the check says why.
  const unreadable = new Map<string, { lang: string; message: string }>();
  for (const p of problems) {
    const file = fromRoot(p.file);
    const lang = path.relative(root, path.resolve(process.cwd(), p.file)).split(path.sep)[0] ?? '';
    const said = `${p.field ? `${p.field}: ` : ''}${p.message}`;
    const known = unreadable.get(file);
    unreadable.set(file, { lang, message: known ? `${known.message}; ${said}` : said });
  }
  const history = gitRoot ? readHistory(gitRoot, root) : { problem: NO_GIT_MESSAGE };
  const report = buildReport({
    unreadable,
    pages: refs,
    languages: site.languages.map((l) => l.code),
    defaultLanguage: site.defaultLanguage,
    repo: { repository: site.repository, branch: site.branch },
    history: 'problem' in history ? history : history.history,
    sourceText: (file) => fs.readFileSync(path.join(gitRoot ?? path.dirname(root), file), 'utf8'),
  });
  if (!('problem' in history)) history.store?.save(history.history.verdicts());
  return report;
}

function readHistory(gitRoot: string, root: string): { history: History; store: VerdictStore | null } | { problem: string } {
  if (isShallow(gitRoot)) return { problem: SHALLOW_MESSAGE };
  const tree = path.relative(gitRoot, root).split(path.sep).join('/') || '.';
  let log;
  try {
    log = logWithFiles([tree], { cwd: gitRoot });
  } catch (e) {
    // A repository without commits yet has no HEAD to read.
    if (e instanceof ChapterhouseError && /HEAD|does not have any commits/.test(e.message)) {
      return { problem: 'the repository has no commits yet, so translations have no history: commit the content first' };
    }
    throw e;
  }
  const side = cacheSideFile('translation-verdicts.json');
  const store = side ? openVerdictStore(side.file, side.code) : null;
  return { history: indexHistory(log, (sha, file) => showFile(sha, file, gitRoot), (pairs) => readVersions(pairs, gitRoot), store?.remembered), store };
}
