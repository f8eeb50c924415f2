import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDiscussions } from './fixtures/demo-snapshot.ts';
import { makeContentDir } from './fixtures/content-dir.ts';
import { byId, elements, hasClass, parse, squash, textOf } from './fixtures/html.ts';

/**
 * Thread.astro rendered as a page would render it, over the demo snapshot in demo-snapshot.ts:
 * #3 is mapped by its title (en/documents/mission/) and holds every comment state; #42 is the long
 * thread, named by number.
 */
process.env.CHAPTERHOUSE_CONTENT = makeContentDir({ shareAcrossLanguages: true });
type ThreadProps = { lang: string; pagePath: string; discussion?: number; part?: number };
let render: (props: ThreadProps) => Promise<string>;

beforeAll(async () => {
  const { default: Thread } = await import('../../src/components/comments/Thread.astro');
  const container = await AstroContainer.create();
  render = (props) => container.renderToString(Thread, { props });
});

const page = async (props: ThreadProps): Promise<{ html: string; tree: Root }> => {
  const html = await render(props);
  return { html, tree: parse(html) };
};
const article = (tree: Root, id: string) => {
  const found = byId(tree, id);
  if (!found) throw new Error(`no element with id ${id}`);
  return found;
};

describe('a page mapped to its discussion by path', () => {
  it('shows the counts, the discussion link and the join link at the top', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/documents/mission/' });
    const summary = elements(tree, (e) => hasClass(e, 'summary'))[0]!;
    // 1 comment + 5 replies, the deleted comment left out but its reply kept, and the answer.
    expect(squash(textOf(summary))).toBe('Discussion #3 on GitHub · 8 comments · 7 participants · Go to the answer');
    const links = elements(tree, (e) => e.tagName === 'a').map((a) => [squash(textOf(a)), a.properties.href]);
    expect(links).toContainEqual(['Join the discussion on GitHub', 'https://github.com/tidewater-commons/chapterhouse/discussions/3']);
    expect(links).toContainEqual(['Go to the answer', '#comment-5009']);
  });

  it('gives every comment a permalink anchor around a machine-readable date', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/documents/mission/' });
    const [mission] = demoDiscussions();
    const all = mission!.comments.flatMap((c) => [c, ...c.replies]);
    for (const c of all) {
      const node = article(tree, `comment-${c.databaseId}`);
      const permalink = elements(node, (e) => e.tagName === 'a' && e.properties.href === `#comment-${c.databaseId}`)[0];
      expect(permalink, `permalink of ${c.databaseId}`).toBeDefined();
      expect(elements(permalink!, (e) => e.tagName === 'time')[0]!.properties.dateTime).toBe(c.createdAt);
    }
  });

  it('links authors to their GitHub profile and loads no images', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/documents/mission/' });
    const first = article(tree, 'comment-5001');
    expect(elements(first, (e) => e.tagName === 'a' && e.properties.href === 'https://github.com/marisol-ferreira')).toHaveLength(1);
    expect(elements(tree, (e) => e.tagName === 'img')).toEqual([]);
  });

  it('shows the edited mark and the reaction counts', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/documents/mission/' });
    const first = article(tree, 'comment-5001');
    expect(elements(first, (e) => hasClass(e, 'edited')).map((e) => squash(textOf(e)))).toEqual(['· edited']);
    const reactions = elements(first, (e) => hasClass(e, 'reactions'))[0]!;
    expect(elements(reactions, (e) => e.tagName === 'li').map((li) => squash(textOf(li)))).toEqual(['👍 1 thumbs up', '❤️ 1 heart']);
  });

  it('names a deleted account as such, without a link', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/documents/mission/' });
    const ghost = article(tree, 'comment-5002');
    const header = elements(ghost, (e) => e.tagName === 'header')[0]!;
    expect(squash(textOf(header))).toMatch(/^Deleted account /);
    expect(elements(header, (e) => e.tagName === 'a' && String(e.properties.href).startsWith('https://github.com/'))).toEqual([]);
  });

  it('folds a minimized comment with its reason, and withholds spam', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/documents/mission/' });
    const offTopic = elements(article(tree, 'comment-5003'), (e) => e.tagName === 'details')[0]!;
    expect(squash(textOf(elements(offTopic, (e) => e.tagName === 'summary')[0]!))).toBe('Hidden as off-topic (show)');
    expect(textOf(offTopic)).toContain('Anyone for lunch?');
    const spam = article(tree, 'comment-5004');
    expect(squash(textOf(elements(spam, (e) => e.tagName === 'summary')[0]!))).toBe('Hidden as spam (show)');
    expect(textOf(spam)).not.toContain('cheap pills');
  });

  it('shows a deleted comment as deleted and keeps the replies to it', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/documents/mission/' });
    const deleted = article(tree, 'comment-5007');
    expect(squash(textOf(deleted))).toContain('This comment was deleted.');
    expect(elements(deleted, (e) => e.tagName === 'a' && squash(textOf(e)) === 'Reply on GitHub')).toEqual([]);
    expect(byId(tree, 'comment-5008')).toBeDefined();
  });

  it('offers one reply link per conversation: after its last reply, to the comment the replies answer', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/documents/mission/' });
    const [mission] = demoDiscussions();
    const replyLinks = (node: Root | ReturnType<typeof article>) => elements(node, (e) => e.tagName === 'a' && squash(textOf(e)) === 'Reply on GitHub');
    for (const top of mission!.comments) {
      const item = elements(tree, (e) => e.tagName === 'li' && elements(e, (x) => x.tagName === 'article' && x.properties.id === `comment-${top.databaseId}`).length > 0).at(-1)!;
      const links = replyLinks(item);
      // A deleted comment with no replies offers nothing to answer; every other conversation offers exactly one link.
      expect(links.map((a) => a.properties.href), `conversation of ${top.databaseId}`).toEqual(top.deletedAt && top.replies.length === 0 ? [] : [top.url]);
      for (const r of top.replies) expect(replyLinks(article(tree, `comment-${r.databaseId}`)), `reply ${r.databaseId}`).toEqual([]);
      if (top.replies.length > 0) {
        // Below the replies, where GitHub shows its reply box.
        const order = elements(item, (e) => e.tagName === 'a' || e.tagName === 'article');
        const lastReply = order.findIndex((e) => e.properties.id === `comment-${top.replies.at(-1)!.databaseId}`);
        expect(order.indexOf(links[0]!)).toBeGreaterThan(lastReply);
      }
    }
  });

  it('marks the answer', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/documents/mission/' });
    expect(hasClass(article(tree, 'comment-5009'), 'answer')).toBe(true);
    expect(squash(textOf(article(tree, 'comment-5009')))).toContain('✓ Answer');
  });

  it('renders the sanitized body, not the hostile one', async () => {
    const { html } = await page({ lang: 'en', pagePath: 'en/documents/mission/' });
    expect(html).not.toMatch(/onerror|<script/i);
    expect(html).toContain('<a href="https://example.org/estuaries" rel="nofollow ugc noopener">this survey</a>');
  });

  it("gives a translation the original's thread, with dates in the reader's language", async () => {
    const en = await page({ lang: 'en', pagePath: 'en/documents/mission/' });
    const ja = await page({ lang: 'ja', pagePath: 'ja/documents/mission/' });
    const dateIn = (tree: Root) => textOf(elements(article(tree, 'comment-5001'), (e) => e.tagName === 'time')[0]!);
    // With the time zone: a bare 9:10 means a different hour to every reader.
    expect(dateIn(en.tree)).toMatch(/^March 1, 2026 at 9:10 AM UTC$/);
    expect(dateIn(ja.tree)).toMatch(/^2026年3月1日 9:10 UTC$/);
  });
});

describe('a locked discussion', () => {
  it('says so and invites no replies', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/handbook/' });
    const texts = elements(tree, (e) => e.tagName === 'a' || e.tagName === 'p').map((e) => squash(textOf(e)));
    expect(texts).toContain('This discussion is locked; it takes no new comments.');
    expect(texts.filter((x) => x === 'Reply on GitHub' || x === 'Join the discussion on GitHub')).toEqual([]);
    expect(byId(tree, 'comment-6001')).toBeDefined();
  });
});

describe('the long thread', () => {
  const long = demoDiscussions()[1]!;
  const props = { lang: 'en', pagePath: 'en/documents/membership/', discussion: 42 };
  const idOf = (c: { databaseId: number | null; id: string }) => `comment-${c.databaseId ?? c.id}`;
  const articles = (tree: Root) => elements(tree, (e) => e.tagName === 'article' && String(e.properties.id).startsWith('comment-')).map((e) => String(e.properties.id));
  /** The page itself and every numbered thread page, as the thread's own links list them. */
  async function everyPart() {
    const first = await page(props);
    const links = elements(first.tree, (e) => e.tagName === 'a' && /\/comments\/\d+\/$/.test(String(e.properties.href)));
    const numbers = [...new Set(links.map((a) => Number(/\/comments\/(\d+)\/$/.exec(String(a.properties.href))![1])))];
    const rest = await Promise.all(numbers.map(async (n) => ({ n, ...(await page({ ...props, part: n })) })));
    return { first, rest };
  }

  it('shows the first and the newest comments on the page, and the rest on numbered pages', async () => {
    const { first, rest } = await everyPart();
    const tops = long.comments.map(idOf);
    const shown = articles(first.tree).filter((id) => tops.includes(id));
    expect(shown).toEqual([...tops.slice(0, 10), ...tops.slice(-5)]);
    // 105 comments between the first 10 and the newest 5, 25 to a page.
    expect(rest.map((r) => r.n)).toEqual([2, 3, 4, 5, 6]);
    // Every comment and reply is shown on exactly one page.
    const all = long.comments.flatMap((c) => [c, ...c.replies]).map(idOf).sort();
    expect([articles(first.tree), ...rest.map((r) => articles(r.tree))].flat().sort()).toEqual(all);
  });

  it('keeps an anchor for every comment it does not show, beside the link to the page that has it', async () => {
    const { first, rest } = await everyPart();
    for (const { n, tree } of rest) {
      for (const id of articles(tree)) {
        const anchor = byId(first.tree, id);
        expect(anchor?.tagName, id).toBe('span');
        const item = elements(first.tree, (e) => e.tagName === 'li' && elements(e, (x) => x.properties.id === id).length > 0).at(-1)!;
        const link = elements(item, (e) => e.tagName === 'a')[0]!;
        expect(link.properties.href, id).toBe(`/en/documents/membership/comments/${n}/`);
      }
    }
  });

  it('links the pages of the thread to each other', async () => {
    const { tree } = await page({ ...props, part: 3 });
    const hrefs = elements(tree, (e) => e.tagName === 'a').map((a) => String(a.properties.href));
    expect(hrefs).toContain('/en/documents/membership/comments/2/');
    expect(hrefs).toContain('/en/documents/membership/comments/4/');
    expect(hrefs).toContain('/en/documents/membership/#comments');
    expect(elements(tree, (e) => e.properties.ariaCurrent === 'page').map((e) => squash(textOf(e)))).toContain('3');
  });

  it('folds reply chains beyond three behind <details>, on whichever page holds them', async () => {
    const { first, rest } = await everyPart();
    const chains = long.comments.filter((c) => c.replies.length > 3);
    const folds = [first, ...rest].flatMap(({ tree }) => elements(tree, (e) => hasClass(e, 'fold')));
    expect(folds).toHaveLength(chains.length);
    expect(squash(textOf(elements(folds[0]!, (e) => e.tagName === 'summary')[0]!))).toBe(`Show ${chains[0]!.replies.length - 3} more replies`);
  });

  it('lets the reader jump to the newest comment, on the page that has it', async () => {
    const { first, rest } = await everyPart();
    const everything = long.comments.flatMap((c) => [c, ...c.replies]);
    const newest = everything.reduce((a, b) => (Date.parse(b.createdAt) >= Date.parse(a.createdAt) ? b : a));
    const holder = [{ n: 1, ...first }, ...rest].find(({ tree }) => articles(tree).includes(idOf(newest)))!;
    const jump = elements(first.tree, (e) => e.tagName === 'a' && squash(textOf(e)) === 'Jump to the newest comment');
    expect(jump).toHaveLength(1);
    expect(jump[0]!.properties.href).toBe(holder.n === 1 ? '#comments-newest' : `/en/documents/membership/comments/${holder.n}/#${idOf(newest)}`);
    // The jump target sits right before the newest comment.
    const all = elements(holder.tree, (e) => e.properties.id === 'comments-newest' || e.tagName === 'article');
    const at = all.findIndex((e) => e.properties.id === 'comments-newest');
    expect(all[at + 1]!.properties.id).toBe(idOf(newest));
  });

  it("shows the opening post of a member's discussion on the first page only", async () => {
    const { first, rest } = await everyPart();
    expect(squash(textOf(article(first.tree, 'discussion-42')))).toContain('Let us talk dues.');
    for (const { tree } of rest) expect(byId(tree, 'discussion-42')).toBeUndefined();
  });
});

describe('a page whose discussion was deleted on GitHub', () => {
  it('says so, shows no comments, and offers to start a new discussion', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/documents/structure/' });
    expect(squash(textOf(elements(tree, (e) => hasClass(e, 'notice'))[0]!))).toBe("This page's discussion (#60) was deleted on GitHub, so its comments are no longer shown.");
    expect(elements(tree, (e) => e.tagName === 'article')).toEqual([]);
    expect(elements(tree, (e) => e.tagName === 'a' && String(e.properties.href).includes('/discussions/new?'))).toHaveLength(1);
  });
});

describe('a page without a discussion', () => {
  it('shows how to start one, in the page category, titled for this page', async () => {
    const { tree } = await page({ lang: 'es', pagePath: 'es/documents/values/' });
    const start = elements(tree, (e) => e.tagName === 'a' && String(e.properties.href).includes('/discussions/new?'))[0];
    // Languages share threads in this site: the Spanish page starts the original's discussion.
    expect(start?.properties.href).toBe('https://github.com/tidewater-commons/chapterhouse/discussions/new?category=comments&title=en%2Fdocuments%2Fvalues%2F');
  });

  it('links a named discussion that is not synced yet', async () => {
    const { tree } = await page({ lang: 'en', pagePath: 'en/documents/values/', discussion: 77 });
    expect(elements(tree, (e) => e.tagName === 'a' && e.properties.href === 'https://github.com/tidewater-commons/chapterhouse/discussions/77')).toHaveLength(1);
  });

  it('ships no script while giscus is not configured', async () => {
    const { html } = await page({ lang: 'en', pagePath: 'en/documents/values/' });
    expect(html).not.toMatch(/<script/i);
  });
});
