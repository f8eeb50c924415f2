import path from 'node:path';
import { listFilesDeep, readSite } from '../content/load.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';
import { pageSlug } from '../content/paths-slug.ts';
import { ContentError } from '../errors.ts';
import { isGitRepository, repoRoot } from '../git/git.ts';
import { once, oncePer } from '../once.ts';
import { renders } from '../build-cache/current-plan.ts';
import { pollFiles, snapshot } from '../site-data.ts';
import { summarizeChanges, type ChangeSummary } from './change-summary.ts';
import { readHistories, type DocumentHistory } from './history.ts';
import type { ProposalSummary } from './list.ts';
import { renderText } from './render.ts';
import { decidingPollsFrom, loadProposals, proposalChanges, type ProposalChanges } from './load.ts';

/**
 * What the proposal and history pages read, loaded once per build and shared by every page and
 * language. "Now" is the build time: a state like "voting" is true as of the last build.
 */

export const proposals = once((): ProposalSummary[] => {
  const { proposals, problems } = loadProposals({ snapshot: snapshot(), polls: pollFiles() });
  if (problems.length) throw new ContentError(problems);
  return proposals;
});

export const syncedAt = (): string | null => snapshot().state.syncedAt;

/**
 * A past version's text as its version page shows it. The page exists under every language's address with
 * the same text, so the text is parsed and rendered once, not once per language.
 */
export const versionText = oncePer((source: string) => renderText(source, { topHeading: 3, idPrefix: 'text-' }));

const changesCache = new Map<number, ProposalChanges>();
export function changesOf(p: ProposalSummary): ProposalChanges {
  let c = changesCache.get(p.number);
  if (!c) changesCache.set(p.number, (c = proposalChanges(p)));
  return c;
}

const summaryCache = new Map<number, ChangeSummary | null>();
/** The change in one line (pages touched, words added and removed); null when the commits are not in this clone. */
export function changeSummaryOf(p: ProposalSummary): ChangeSummary | null {
  if (!summaryCache.has(p.number)) {
    const changes = changesOf(p);
    summaryCache.set(p.number, changes.available ? summarizeChanges(changes.files) : null);
  }
  return summaryCache.get(p.number)!;
}

/** Every key document file in every language, repository-relative, with the document's slug. */
const documentFiles = once((): { file: string; slug: string }[] => {
  const root = contentRoot();
  const out: { file: string; slug: string }[] = [];
  for (const { code: lang } of readSite(root).languages) {
    const dir = path.join(root, lang, 'documents');
    for (const rel of listFilesDeep(dir, /\.mdx?$/)) out.push({ file: repoRelative(path.join(dir, rel)), slug: pageSlug('documents', rel) });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
});

function readDocumentHistories(files: string[]): Map<string, DocumentHistory> {
  if (!isGitRepository(contentRoot())) return new Map(files.map((file) => [file, { file, versions: [], shallow: false }]));
  // The content may sit in another repository than the working directory (CHAPTERHOUSE_CONTENT): git runs
  // there, with paths relative to it; the map stays keyed by the paths the pages ask for.
  const gitRoot = repoRoot(contentRoot());
  const inGit = (file: string) => path.relative(gitRoot, path.resolve(file)).split(path.sep).join('/');
  const read = readHistories(files.map(inGit), { cwd: gitRoot, polls: decidingPollsFrom(pollFiles()), langOf: (file) => file.split('/')[1] ?? 'en' });
  return new Map(files.map((file) => [file, read.get(inGit(file))!]));
}

/**
 * The histories of the documents whose history pages this build renders, read from git together (every
 * document, without a build plan): a history the build cache copies is not read at all.
 */
const histories = once((): Map<string, DocumentHistory> => readDocumentHistories(documentFiles().filter((d) => renders('history', d.slug)).map((d) => d.file)));

export function historyOf(file: string): DocumentHistory {
  const all = histories();
  let found = all.get(file);
  // Another document's history (a translation's original under another name) is read when asked for.
  if (!found && documentFiles().some((d) => d.file === file)) all.set(file, (found = readDocumentHistories([file]).get(file)!));
  return found ?? { file, versions: [], shallow: false };
}
