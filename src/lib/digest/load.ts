import fs from 'node:fs';
import path from 'node:path';
import { dateFormat } from '../../i18n/formats.ts';
import { effectiveStrings, lookupString, readUiStrings, type UiStrings } from '../../i18n/ui-strings.ts';
import { digestDate, digestRecordSchema, localize, type DigestRecord, type LocalizedText, type PostData, type Site } from '../../schemas/index.ts';
import { problemsFromZod, safeParseContent } from '../content/friendly-parse.ts';
import { parseYamlFile } from '../content/frontmatter.ts';
import { listFiles, readChapters, readPages, readRoster, readSite } from '../content/load.ts';
import { contentRoot, repoRelative } from '../content/paths.ts';
import { ContentError, type ContentProblem } from '../errors.ts';
import { readPollResults, readPollStates, readPolls } from '../polls/read-polls.ts';
import { countriesOf, scopeKey, scopeName } from '../polls/scope.ts';
import { pollViews, type PollView } from '../polls/views.ts';
import { isProposal } from '../proposals/list.ts';
import { readSnapshot } from '../sync/read-snapshot.ts';
import { loadTranslationReport } from '../translations/load.ts';
import { digestDocument, type DigestContext, type DigestDocument } from './document.ts';
import { selectDigest, type DigestInputs, type DigestPost } from './select.ts';

/**
 * The edge of the digest: the published digests (content/digests/<date>.yml), and what a digest is made from,
 * read from the content folder the way the site reads it. The CLI and the site both load through here.
 */

export const digestDir = (root = contentRoot()) => path.join(root, 'digests');

export interface DigestEntry extends DigestRecord {
  /** The day the period ends: the file name and the page's address. */
  date: string;
  file: string;
}

/** Every published digest, newest first; a file that is not a valid digest is a problem with its field. */
export function readDigestRecords(root = contentRoot()): { digests: DigestEntry[]; problems: ContentProblem[] } {
  const dir = digestDir(root);
  const digests: DigestEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const name of listFiles(dir, /\.ya?ml$/)) {
    const file = repoRelative(path.join(dir, name));
    try {
      const parsed = safeParseContent(digestRecordSchema, parseYamlFile(fs.readFileSync(path.join(dir, name), 'utf8'), file));
      if (!parsed.success) {
        problems.push(...problemsFromZod(file, parsed.error));
        continue;
      }
      const date = digestDate(parsed.data);
      if (name.replace(/\.ya?ml$/, '') !== date) {
        problems.push({ file, field: 'until', message: `a digest's file is named after the day its period ends: rename it to ${date}.yml, or fix "until"` });
        continue;
      }
      digests.push({ ...parsed.data, date, file });
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
    }
  }
  return { digests: digests.sort((a, b) => b.date.localeCompare(a.date)), problems };
}

export interface DigestSources {
  site: Site;
  inputs: DigestInputs;
  /** Chapter id → name, for scopes. */
  /** Each chapter's name as written, once or per language. */
  chapterNames: Map<string, LocalizedText>;
}

/** What digests are made from, as the content folder holds it now. `views` lets the site pass the ones it built. */
export function loadDigestSources(root = contentRoot(), now: Date, views?: readonly PollView[]): DigestSources {
  const site = readSite(root);
  const chapters = readChapters(root).chapters;
  const problems: ContentProblem[] = [];
  const snapshot = readSnapshot(root);
  let pollViewsNow = views;
  if (!pollViewsNow) {
    const polls = readPolls(root);
    const states = readPollStates(root);
    const results = readPollResults(root);
    problems.push(...polls.problems, ...states.problems, ...results.problems);
    if (problems.length) throw new ContentError(problems);
    pollViewsNow = pollViews({
      polls: polls.polls, states: states.states, results: results.results, discussions: snapshot.discussions, pullRequests: snapshot.pullRequests,
      site, now, roster: readRoster(root).members, accounts: snapshot.accounts ?? [], countryOf: countriesOf(chapters),
    });
  }
  const report = loadTranslationReport(root);
  return {
    site,
    chapterNames: new Map([...chapters].map(([id, c]) => [id, c.name])),
    inputs: {
      views: pollViewsNow,
      proposals: snapshot.pullRequests.filter((pr) => isProposal(pr, site)),
      posts: postsOf(site, root),
      translations: report,
      defaultLanguage: site.defaultLanguage,
    },
  };
}

/** Published posts by slug, with their title and summary in each language they exist in. */
function postsOf(site: Site, root: string): DigestPost[] {
  const bySlug = new Map<string, DigestPost>();
  const { pages } = readPages(site, root);
  for (const page of pages.filter((p) => p.kind === 'blog')) {
    const data = page.data as PostData;
    if (data.draft) continue;
    const original = page.lang === site.defaultLanguage;
    const post = bySlug.get(page.slug) ?? { slug: page.slug, date: data.date.toISOString(), authors: data.authors, texts: {} };
    // The original's date and authors are the post's; a translation only adds its words.
    if (original) Object.assign(post, { date: data.date.toISOString(), authors: data.authors });
    post.texts[page.lang] = { title: data.title, summary: data.summary };
    bySlug.set(page.slug, post);
  }
  return [...bySlug.values()].filter((p) => p.texts[site.defaultLanguage]);
}

export interface ContextOptions {
  /** A site path in this language as a link (relative on the site, absolute in mail). */
  link: (lang: string, sitePath: string) => string;
  /** The digest's own page in this language. */
  self: string;
  root?: string;
}

/** Everything a digest document needs to speak `lang`: strings with their fallbacks, dates, names, links. */
export function digestContext(sources: DigestSources, lang: string, options: ContextOptions): DigestContext {
  const { site } = sources;
  const root = options.root ?? contentRoot();
  const cache = new Map<string, UiStrings>();
  // The engine's strings for the language, overridden by the organization's content/<lang>/ui.yml, as on the site.
  const strings = (code: string) => {
    if (!cache.has(code)) cache.set(code, effectiveStrings(code, readUiStrings(code, root)));
    return cache.get(code)!;
  };
  const t: DigestContext['t'] = (key, vars) => lookupString(strings, lang, key, site.defaultLanguage, vars);
  return {
    lang,
    defaultLanguage: site.defaultLanguage,
    siteName: localize(site.name, lang, site.defaultLanguage),
    t,
    date: (iso, style = 'long') => dateFormat(lang, iso, style),
    link: (p) => options.link(lang, p),
    scopeName: (scope) => scopeName(scopeKey(scope), lang, new Map([...sources.chapterNames].map(([id, name]) => [id, localize(name, lang, site.defaultLanguage)])), t('polls.scope.organization').text),
    languageName: (code) => site.languages.find((l) => l.code === code)?.name ?? code,
    self: options.self,
  };
}

/** A page of the published site, absolute: the site's address (or SITE_URL) and base path (BASE_PATH), as the build uses them. */
export function siteLink(site: Pick<Site, 'url'>, lang: string, sitePath: string, env: Record<string, string | undefined> = process.env): string {
  const base = (env.BASE_PATH || '/').replace(/\/?$/, '/');
  const origin = (env.SITE_URL || site.url).replace(/\/$/, '');
  const clean = sitePath.replace(/^\/+|\/+$/g, '');
  return new URL(`${base}${lang}/${clean ? `${clean}/` : ''}`, `${origin}/`).toString();
}

/** One digest in one language: the items of the period, in that language's words. */
export function digestFor(sources: DigestSources, period: { since: string; until: string }, lang: string, options: ContextOptions): DigestDocument {
  return digestDocument(selectDigest(sources.inputs, period), digestContext(sources, lang, options));
}
