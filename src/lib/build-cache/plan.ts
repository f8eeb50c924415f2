import fs from 'node:fs';
import path from 'node:path';
import { pageThread } from '../comments/page-thread.ts';
import { readPages, readSite } from '../content/load.ts';
import { contentRoot } from '../content/paths.ts';
import { sitePolls } from '../polls/site-polls.ts';
import { countriesOf, scopeKeys, type CountryOf } from '../polls/scope.ts';
import { inScopeOf, type PollView } from '../polls/views.ts';
import { activeMembers, chapters, pollFiles, snapshot as siteSnapshot } from '../site-data.ts';
import { decidingPollsFrom } from '../proposals/load.ts';
import { proposals } from '../proposals/site-data.ts';
import { digestOf } from './digest.ts';
import { codeDigest, fileHistories, sharedContentDigest } from './inputs.ts';
import { groupId, pageGroups, readsLocalFiles, type PageGroup } from './page-groups.ts';
import { cachedOutputsIntact, readManifest, type Manifest } from './store.ts';

/**
 * Decide, before Astro runs, which pages a build renders and which it copies from the cache. A page group is
 * reused only when its key, a digest of everything the page shows, is the one its cached copy was saved under.
 * The key holds: the code and shared content (inputs.ts), the group's own source files in every language with
 * the commits that touched them, the discussion each language's page shows, for handbook pages every handbook
 * page's title and order (the sidebar), for polls the whole view the poll page is drawn from, and for the lists
 * (the blog's indexes, the chapters) the data they list. Every other page is rendered by every build.
 */

/** Bump when what goes into a key changes, so no cache saved under the old rule is trusted. */
export const CACHE_FORMAT = 3;

export interface BuildPlan {
  format: typeof CACHE_FORMAT;
  /** Groups copied from the cache, with the files they write (relative to the output folder). */
  reuse: Record<string, string[]>;
  /** Groups rendered by this build, with the key to save them under (null: never cached, e.g. pages with images beside them). */
  render: Record<string, string | null>;
  /** Content entries of reused groups: Astro does not compile their MDX. */
  reusedEntryIds: string[];
  /** The code's digest (inputs.ts): what the site keeps in the cache beside pages is trusted only under the same code. */
  code: string;
  /** The site's languages, in which the rendered groups' pages are found to be saved. */
  languages: string[];
}

export interface PlanOptions {
  projectRoot: string;
  cacheDir: string;
  /** Render everything (and refill the cache). */
  fresh?: boolean;
}

/**
 * `early`: called, when the build renders everything (`fresh`, or nothing in the cache yet), as soon as that is
 * known, with the plan's answer for Astro (nothing reused, and the code's digest): Astro need not wait for the
 * keys, which only saving the rendered pages needs, at the end.
 */
export function makePlan(o: PlanOptions, early?: (plan: BuildPlan) => void): BuildPlan {
  // The site's content folder (CHAPTERHOUSE_CONTENT or content/): the poll views and the snapshot are read from it too.
  const root = contentRoot();
  const site = readSite(root);
  const languages = site.languages.map((l) => l.code);
  const code = codeDigest(o.projectRoot);
  const manifest: Manifest = o.fresh ? { format: CACHE_FORMAT, groups: {} } : readManifest(o.cacheDir);
  if (Object.keys(manifest.groups).length === 0) early?.({ format: CACHE_FORMAT, reuse: {}, render: {}, reusedEntryIds: [], code, languages });
  const { pages } = readPages(site, root);
  const shared = sharedContentDigest(root);
  const { histories, shallow } = fileHistories(root);
  // The site's own copy, which the poll views below read too: one reading of the snapshot, not two.
  const snapshot = siteSnapshot();
  const entryId = (file: string) => path.relative(root, path.resolve(file)).split(path.sep).join('/').replace(/\.mdx?$/, '');
  const sources = pages.map((p) => ({ ...p, entryId: entryId(p.file) }));
  const byEntry = new Map(sources.map((p) => [p.entryId, p]));
  const handbookNav = digestOf(sources.filter((p) => p.kind === 'handbook').map((p) => [p.entryId, (p.data as { title?: string }).title, (p.data as { order?: number }).order]));
  const base = { format: CACHE_FORMAT, code, shared, shallow };

  // A thread shared by a page's languages is digested once, not once per language.
  const digests = new WeakMap<object, string>();
  const discussionDigest = (d: object) => {
    let digest = digests.get(d);
    if (!digest) digests.set(d, (digest = digestOf(d)));
    return digest;
  };
  // A page file as its key sees it: its path, its text, the commits that touched it. Read once, for its page and,
  // for a document, its history.
  const facts = new Map<string, [string, string, string[]]>();
  const factsOf = (file: string) => {
    let f = facts.get(file);
    if (!f) facts.set(file, (f = [file, fs.readFileSync(file, 'utf8'), histories.get(path.resolve(file)) ?? []]));
    return f;
  };
  const keys = new Map<string, string | null>();
  const groups: PageGroup[] = pageGroups(sources, languages);
  for (const group of groups) {
    const members = group.entryIds.map((id) => byEntry.get(id)!);
    if (members.some((p) => readsLocalFiles(p.body))) {
      keys.set(group.id, null);
      continue;
    }
    const shown = (lang: string) => members.find((p) => p.lang === lang) ?? members.find((p) => p.lang === site.defaultLanguage);
    const threads = languages.map((lang) => {
      const page = shown(lang);
      if (!page) return null;
      const pagePath = `${lang}/${group.kind}/${group.slug ? `${group.slug}/` : ''}`;
      const found = pageThread(site, snapshot.discussions, { lang, pagePath, discussion: (page.data as { discussion?: number }).discussion });
      return found.kind === 'thread' ? { ...found, discussion: discussionDigest(found.discussion) } : found;
    });
    keys.set(group.id, digestOf({
      ...base,
      nav: group.kind === 'handbook' ? handbookNav : null,
      files: members.map((p) => factsOf(p.file)),
      threads,
    }));
  }
  // A poll's page shows its view and nothing else of the poll data: the key is the view.
  const views: string[] = [];
  const viewKeys = new Map<string, string>();
  const closedViews: string[] = [];
  for (const view of sitePolls()) {
    const id = groupId('polls', view.id);
    groups.push({ id, kind: 'polls', slug: view.id, entryIds: [], files: [] });
    const key = digestOf({ ...base, view });
    keys.set(id, key);
    views.push(key);
    viewKeys.set(view.id, key);
    if (view.phase === 'closed') closedViews.push(key);
  }
  // A document's history shows its versions (its files' commits), the polls that decided them (closed, so new
  // votes elsewhere leave them alone), with their options' labels, and whether each proposal is on the site.
  const proposalNumbers = proposals().map((p) => p.number).sort((a, b) => a - b);
  const deciding = [...decidingPollsFrom(pollFiles())].sort(([a], [b]) => a - b);
  const decidingViews = deciding.map(([, poll]) => viewKeys.get(poll.id) ?? null);
  for (const group of groups.filter((g) => g.kind === 'documents')) {
    const id = groupId('history', group.slug);
    const own = keys.get(group.id);
    groups.push({ id, kind: 'history', slug: group.slug, entryIds: [], files: group.files });
    keys.set(id, own === null || own === undefined ? null : digestOf({ ...base, files: group.files.map(factsOf), proposalNumbers, deciding, decidingViews }));
  }
  // The blog's lists show the posts' frontmatter in each language; a chapter's page shows its active members
  // (today's: the roster has end dates), its posts and the polls in its scope; the polls' lists show their views.
  const posts = digestOf(sources.filter((p) => p.kind === 'blog').map((p) => [p.entryId, p.data]));
  const active = [...chapters().keys()].map((id) => [id, activeMembers(id).map((m) => m.github)]);
  // Each chapter's page lists only the polls of its chapter and country: votes on a poll of the whole
  // organization leave the chapters' pages alone.
  const countryOf = countriesOf(chapters());
  const viewKey = (id: string) => viewKeys.get(id);
  const chapterViews = chapterPollKeys([...chapters().keys()], sitePolls(), viewKey, countryOf);
  const lists = { blog: { posts }, chapters: { posts, views: chapterViews, active }, polls: { views }, decisions: { closedViews, proposalNumbers } };
  for (const [slug, inputs] of Object.entries(lists)) {
    const id = groupId('lists', slug);
    groups.push({ id, kind: 'lists', slug, entryIds: [], files: [] });
    keys.set(id, digestOf({ ...base, inputs }));
  }
  // Each scope's list of polls shows the polls in that scope and which scopes have any: votes on a poll of the
  // whole organization re-render its list, not the lists of 35 countries and chapters in every language.
  for (const [scope, inputs] of scopePollKeys(sitePolls(), viewKey, countryOf)) {
    const id = groupId('poll-scopes', scope);
    groups.push({ id, kind: 'poll-scopes', slug: scope, entryIds: [], files: [] });
    keys.set(id, digestOf({ ...base, scope, inputs }));
  }

  const plan: BuildPlan = { format: CACHE_FORMAT, reuse: {}, render: {}, reusedEntryIds: [], code, languages };
  for (const group of groups) {
    const key = keys.get(group.id) ?? null;
    const cached = manifest.groups[group.id];
    if (key !== null && cached?.key === key && cachedOutputsIntact(o.cacheDir, cached)) {
      plan.reuse[group.id] = cached.outputs;
      plan.reusedEntryIds.push(...group.entryIds);
    } else {
      plan.render[group.id] = key;
    }
  }
  return plan;
}

/**
 * What each scope's list of polls (`/polls/scope/<scope>/`) shows, for its key: the keys of the views in that
 * scope, and the scopes the page's filter offers (those some poll concerns), which votes never change.
 */
export function scopePollKeys(views: readonly PollView[], keyOf: (pollId: string) => string | undefined, countryOf: CountryOf): [string, { views: (string | undefined)[]; offered: string[] }][] {
  const scopes = scopeKeys(countryOf);
  const offered = scopes.filter((k) => inScopeOf(views, k, countryOf).length > 0);
  return scopes.map((scope) => [scope, { views: inScopeOf(views, scope, countryOf).map((v) => keyOf(v.id)), offered }]);
}

/**
 * What of the polls each chapter's page shows, for its key: the keys of the views in its chapter's and country's
 * scope (the page lists those and no others), so votes on another chapter's poll or the whole organization's
 * leave it alone.
 */
export function chapterPollKeys(chapterIds: readonly string[], views: readonly PollView[], keyOf: (pollId: string) => string | undefined, countryOf: CountryOf): [string, (string | undefined)[]][] {
  return chapterIds.map((id) => [id, inScopeOf(views, id, countryOf).map((v) => keyOf(v.id))]);
}
