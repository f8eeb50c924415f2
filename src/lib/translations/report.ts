import type { PageKind } from '../content/paths.ts';
import type { History } from './history.ts';
import { blobUrl, commitUrl, compareUrl, editUrl, historyUrl, newFileUrl, type RepoRef } from './links.ts';
import { decideStaleness, plannedJudgements, type CommitRef } from './staleness.ts';

/**
 * The translators' dashboard as data: every default-language page in every other language, with its
 * state, what changed, and the links to act on it. The site, `npm run translations` and `--json` all
 * render this one object.
 */

/** `invalid`: the translation exists but cannot be read (its frontmatter fails the check); `message` says why. */
export type TranslationState = 'current' | 'outdated' | 'invalid' | 'missing' | 'unknown';
export const TRANSLATION_STATES: readonly TranslationState[] = ['invalid', 'outdated', 'missing', 'unknown', 'current'];

export interface PageRef {
  kind: PageKind;
  lang: string;
  slug: string;
  /** Repository-relative path, as git and GitHub name it. */
  file: string;
  title: string;
  /** A translation's frontmatter `translationOf`: reviewed against the original at this commit. */
  translationOf?: string;
}

export interface PageStatus {
  kind: PageKind;
  slug: string;
  lang: string;
  /** The original's title, so a translator knows what the page is about. */
  title: string;
  sourceFile: string;
  /** The translation's path, or where it belongs when missing. */
  file: string;
  state: TranslationState;
  /** The translation's last meaningful change (outdated or current, when committed). */
  translatedIn?: CommitRef;
  /** Meaningful changes to the original since the translation's last update, newest first. */
  changes: CommitRef[];
  /** Why the state is unknown or invalid (the check's message), and what to do about it. */
  message?: string;
  /** The original's commit the translation was reviewed against without a change (frontmatter `translationOf`). */
  reviewedAt?: CommitRef;
  /** `translationOf` names no known commit: what to do about it. */
  reviewProblem?: string;
  links: {
    /** The original on GitHub. */
    source: string;
    /** The original's history. */
    history: string;
    /** Missing: GitHub's editor creating the translation, pre-filled with the original. */
    translate?: string;
    /** Existing: GitHub's editor on the translation. */
    edit?: string;
    /** Outdated: what changed in the repository between the translation's update and the original's latest change. */
    compare?: string;
    /** Outdated: one link per change, parallel to `changes`. */
    commits?: string[];
  };
}

export interface LanguageSummary {
  lang: string;
  total: number;
  current: number;
  outdated: number;
  missing: number;
  unknown: number;
  invalid: number;
  /** Share of pages that have a translation at all, 0–1. */
  coverage: number;
  /** Share of pages whose translation is known to be up to date, 0–1. */
  upToDate: number;
}

export interface TranslationReport {
  defaultLanguage: string;
  /** Set when git history could not be read: states of existing translations are then `unknown`. */
  historyProblem?: string;
  languages: LanguageSummary[];
  pages: PageStatus[];
  /** Originals that cannot be read: no language can translate them until they are fixed. */
  invalidOriginals: { file: string; message: string }[];
}

export interface ReportInput {
  pages: readonly PageRef[];
  /** Language codes in site order; the default language is left out of the report. */
  languages: readonly string[];
  defaultLanguage: string;
  repo: RepoRef;
  /** The history, or a sentence saying why there is none (shallow clone, not a git checkout). */
  history: History | { problem: string };
  /** The original's text, for pre-filling a new translation. */
  sourceText: (file: string) => string;
  /** Page files that exist but fail the check (repository-relative paths): their language and the check's message. */
  unreadable?: ReadonlyMap<string, { lang: string; message: string }>;
}

const KIND_ORDER: readonly PageKind[] = ['documents', 'handbook', 'blog'];

export function buildReport(input: ReportInput): TranslationReport {
  const { repo, defaultLanguage } = input;
  const key = (kind: string, slug: string) => `${kind}\0${slug}`;
  const byLang = new Map<string, Map<string, PageRef>>();
  for (const page of input.pages) {
    if (!byLang.has(page.lang)) byLang.set(page.lang, new Map());
    byLang.get(page.lang)!.set(key(page.kind, page.slug), page);
  }
  const sources = [...(byLang.get(defaultLanguage)?.values() ?? [])].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.slug.localeCompare(b.slug),
  );
  const history = 'problem' in input.history ? undefined : input.history;
  const historyProblem = 'problem' in input.history ? input.history.problem : undefined;

  if (history) {
    // One batch of file reads for the whole site instead of one git call per version.
    const planned = input.languages.filter((lang) => lang !== defaultLanguage).flatMap((lang) =>
      sources.flatMap((source) => {
        const translation = byLang.get(lang)?.get(key(source.kind, source.slug));
        return translation ? plannedJudgements(history, source.file, translation.file) : [];
      }));
    history.prefetch(planned);
  }

  const pages: PageStatus[] = [];
  for (const lang of input.languages) {
    if (lang === defaultLanguage) continue;
    for (const source of sources) {
      const translation = byLang.get(lang)?.get(key(source.kind, source.slug));
      const base = {
        kind: source.kind, slug: source.slug, lang, title: source.title, sourceFile: source.file,
        file: translation?.file ?? translationPath(source.file, defaultLanguage, lang, source.kind),
      };
      const links: PageStatus['links'] = { source: blobUrl(repo, source.file), history: historyUrl(repo, source.file) };
      const broken = translation ? undefined : input.unreadable?.get(base.file)?.message;
      if (broken !== undefined) {
        // The file is there: a "Translate" link would start a second one. Fixing it is the to-do.
        links.edit = editUrl(repo, base.file);
        pages.push({ ...base, state: 'invalid', changes: [], message: broken, links });
        continue;
      }
      if (!translation) {
        links.translate = newFileUrl(repo, base.file, input.sourceText(source.file), source.file);
        pages.push({ ...base, state: 'missing', changes: [], links });
        continue;
      }
      links.edit = editUrl(repo, translation.file);
      if (!history) {
        pages.push({ ...base, state: 'unknown', changes: [], message: historyProblem, links });
        continue;
      }
      const staleness = decideStaleness(history, source.file, translation.file, translation.translationOf);
      if (staleness.state === 'outdated') {
        const latest = staleness.changes[0]!;
        if (staleness.translatedIn) links.compare = compareUrl(repo, staleness.translatedIn.sha, latest.sha);
        links.commits = staleness.changes.map((c) => commitUrl(repo, c.sha));
      }
      pages.push({ ...base, ...staleness, links });
    }
  }
  const languages = input.languages.filter((l) => l !== defaultLanguage).map((lang) => summarize(lang, pages.filter((p) => p.lang === lang)));
  const invalidOriginals = [...(input.unreadable ?? [])]
    .filter(([, u]) => u.lang === defaultLanguage)
    .map(([file, u]) => ({ file, message: u.message }));
  return { defaultLanguage, ...(historyProblem ? { historyProblem } : {}), languages, pages, invalidOriginals };
}

export function summarize(lang: string, pages: readonly PageStatus[]): LanguageSummary {
  const count = (state: TranslationState) => pages.filter((p) => p.state === state).length;
  const total = pages.length;
  const missing = count('missing');
  const current = count('current');
  return {
    lang, total, current, outdated: count('outdated'), missing, unknown: count('unknown'), invalid: count('invalid'),
    coverage: total ? (total - missing) / total : 1,
    upToDate: total ? current / total : 1,
  };
}

/**
 * Where a translation of `sourceFile` belongs: the same path with the language folder swapped,
 * `content/en/handbook/starting/index.mdx` → `content/es/handbook/starting/index.mdx`.
 */
export function translationPath(sourceFile: string, defaultLang: string, lang: string, kind: string): string {
  const parts = sourceFile.split('/');
  for (let i = parts.length - 2; i >= 0; i--) {
    if (parts[i] === defaultLang && parts[i + 1] === kind) {
      parts[i] = lang;
      return parts.join('/');
    }
  }
  return `content/${lang}/${kind}/${parts[parts.length - 1]}`;
}

/** The status of one page in one language, for the notice at the top of a content page. */
export function statusOf(report: TranslationReport, lang: string, kind: PageKind, slug: string): PageStatus | undefined {
  return report.pages.find((p) => p.lang === lang && p.kind === kind && p.slug === slug);
}
