import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPages, readSite } from '../../src/lib/content/load.ts';
import { readSnapshot } from '../../src/lib/sync/read-snapshot.ts';
import type { Discussion } from '../../src/schemas/index.ts';
import { builtSite, htmlFiles } from '../support/built-site.ts';
import { byId, elements, hasClass, parse, squash, textOf } from '../comments/fixtures/html.ts';

/**
 * The demo site in dist/: every page whose discussion is in the committed snapshot shows it, pages
 * without one show how to start one, and none of it needs JavaScript. Which page has which thread is
 * worked out here from the frontmatter and the snapshot, independently of src/lib/comments.
 */
let dist: string;
beforeAll(async () => {
  dist = await builtSite();
});

const site = readSite();
const { pages } = readPages(site);
const { discussions } = readSnapshot();
const html = (route: string) => fs.readFileSync(path.join(dist, route, 'index.html'), 'utf8');

interface Expectation { route: string; lang: string; discussion: Discussion | undefined }
const expectations: Expectation[] = pages.map((p) => {
  const route = `${p.lang}/${p.kind}/${p.slug ? `${p.slug}/` : ''}`;
  const explicit = (p.data as { discussion?: number }).discussion;
  const lang = site.discussions.shareAcrossLanguages ? site.defaultLanguage : p.lang;
  const title = `${lang}/${p.kind}/${p.slug ? `${p.slug}/` : ''}`;
  const discussion = explicit !== undefined
    ? discussions.find((d) => d.number === explicit)
    : discussions.find((d) => d.category.name === site.discussions.pageCategory && d.title === title);
  return { route, lang: p.lang, discussion };
});
const withThread = expectations.filter((e) => e.discussion);
const everyComment = (d: Discussion) => d.comments.flatMap((c) => [c, ...c.replies]);
const section = (route: string) => {
  const found = byId(parse(html(route)), 'comments');
  if (!found) throw new Error(`${route}: no comments section`);
  return found;
};

describe('demo pages with threads', () => {
  it('exist: the snapshot maps discussions to pages', () => {
    expect(withThread.length).toBeGreaterThan(3);
  });

  it('show their discussion, with every comment at its permalink anchor', () => {
    const problems: string[] = [];
    for (const { route, discussion } of withThread) {
      const thread = section(route);
      const link = elements(thread, (e) => e.tagName === 'a' && e.properties.href === discussion!.url);
      if (!link.length) problems.push(`${route}: no link to ${discussion!.url}`);
      for (const c of everyComment(discussion!)) {
        if (!byId(thread, `comment-${c.databaseId ?? c.id}`)) problems.push(`${route}: comment ${c.databaseId} missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('count comments (deleted ones left out) at the top', () => {
    for (const { route, discussion } of withThread.filter((e) => e.lang === 'en')) {
      const live = everyComment(discussion!).filter((c) => !c.deletedAt).length;
      const summary = elements(section(route), (e) => hasClass(e, 'summary'))[0]!;
      expect(squash(textOf(summary)), route).toContain(`${live} comment${live === 1 ? '' : 's'}`);
    }
  });

  it('ship no JavaScript', () => {
    const withScript = expectations.filter((e) => /<script\b/i.test(html(e.route))).map((e) => e.route);
    expect(withScript).toEqual([]);
  });
});

describe('the long thread in the demo', () => {
  const longest = [...withThread].sort((a, b) => everyComment(b.discussion!).length - everyComment(a.discussion!).length)[0]!;
  /** The page and its numbered thread pages, as files in dist/. */
  const parts = () => {
    const dir = path.join(dist, longest.route, 'comments');
    const numbered = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /^\d+$/.test(n)).sort((a, b) => Number(a) - Number(b)) : [];
    return [longest.route, ...numbered.map((n) => `${longest.route}comments/${n}/`)].map((route) => ({ route, thread: section(route) }));
  };
  const articleIds = (tree: ReturnType<typeof section>) => elements(tree, (e) => e.tagName === 'article').map((e) => String(e.properties.id));

  it('has over 200 comments, split over numbered pages, each comment shown once', () => {
    const d = longest.discussion!;
    expect(everyComment(d).length).toBeGreaterThan(200);
    const all = parts();
    expect(all.length).toBeGreaterThan(2);
    const shown = all.flatMap(({ thread }) => articleIds(thread)).filter((id) => id.startsWith('comment-'));
    expect(shown.sort()).toEqual(everyComment(d).map((c) => `comment-${c.databaseId ?? c.id}`).sort());
  });

  it('keeps every page of it light', () => {
    const heavy = parts().map(({ route }) => ({ route, kb: fs.statSync(path.join(dist, route, 'index.html')).size / 1024 })).filter((p) => p.kb >= 150);
    expect(heavy).toEqual([]);
  });

  it('folds long reply chains and offers a jump to the newest', () => {
    const d = longest.discussion!;
    const all = parts();
    expect(all.flatMap(({ thread }) => elements(thread, (e) => hasClass(e, 'fold')))).toHaveLength(d.comments.filter((c) => c.replies.length > 3).length);
    const jump = elements(all[0]!.thread, (e) => e.tagName === 'a' && /#(comments-newest|comment-)/.test(String(e.properties.href)) && squash(textOf(e)) === 'Jump to the newest comment');
    expect(jump).toHaveLength(1);
    expect(all.filter(({ thread }) => byId(thread, 'comments-newest'))).toHaveLength(1);
  });

  it('shows minimized, deleted and ghost comments as such', () => {
    const d = longest.discussion!;
    const all = parts();
    const at = (c: { databaseId: number | null; id: string }) => {
      const id = `comment-${c.databaseId ?? c.id}`;
      return all.map(({ thread }) => byId(thread, id)).find((e) => e?.tagName === 'article')!;
    };
    const comments = everyComment(d);
    const minimized = comments.filter((c) => c.isMinimized && !c.deletedAt);
    const deleted = comments.filter((c) => c.deletedAt);
    const ghosts = comments.filter((c) => !c.author && !c.deletedAt);
    expect(minimized.length * deleted.length * ghosts.length).toBeGreaterThan(0);
    for (const c of minimized) expect(elements(at(c), (e) => hasClass(e, 'hidden-comment'))).toHaveLength(1);
    for (const c of deleted) expect(elements(at(c), (e) => hasClass(e, 'deleted'))).toHaveLength(1);
    for (const c of ghosts) expect(elements(at(c), (e) => hasClass(e, 'ghost'))).toHaveLength(1);
  });

  it('shows edited comments as edited, with their text rendered rather than as Markdown', () => {
    const edited = everyComment(longest.discussion!).filter((c) => c.lastEditedAt && !c.deletedAt);
    expect(edited.length).toBeGreaterThan(0);
    const text = parts().map(({ thread }) => textOf(thread)).join('\n');
    expect(text).not.toMatch(/(^|\s)_[A-Z][^_]*_(\s|$)/);
  });
});

describe('every page of the demo', () => {
  it('is under 150 KB of HTML', () => {
    const heavy = htmlFiles(dist)
      .map((file) => ({ file, kb: Math.round(fs.statSync(path.join(dist, file)).size / 1024) }))
      .filter((p) => p.kb >= 150);
    expect(heavy).toEqual([]);
  });
});

describe('demo pages without a thread', () => {
  it('link to GitHub’s new-discussion form with the page path as title', () => {
    const without = expectations.filter((e) => !e.discussion);
    expect(without.length).toBeGreaterThan(0);
    for (const { route } of without) {
      const hrefs = elements(section(route), (e) => e.tagName === 'a').map((a) => String(a.properties.href));
      const start = hrefs.find((h) => h.includes('/discussions/new?'));
      expect(start, route).toBeDefined();
      const title = new URL(start!).searchParams.get('title')!;
      expect(route.endsWith(title.slice(title.indexOf('/') + 1)), `${route} ← ${title}`).toBe(true);
    }
  });
});
