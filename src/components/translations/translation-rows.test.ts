import { describe, expect, it } from 'vitest';
import { byId, elements, hasClass, parse, textOf } from '../../../test/comments/fixtures/html.ts';
import { t } from '../../i18n/index.ts';
import type { PageStatus } from '../../lib/translations/report.ts';
import { translationRowsHtml } from './translation-rows.ts';

const REPO = 'https://github.com/example/commons';
const base = (over: Partial<PageStatus>): PageStatus => ({
  kind: 'documents', slug: 'mission', lang: 'es', title: 'Mission', sourceFile: 'content/en/documents/mission.mdx',
  file: 'content/es/documents/mission.mdx', state: 'current', changes: [],
  links: { source: `${REPO}/blob/main/content/en/documents/mission.mdx`, history: `${REPO}/commits/main/content/en/documents/mission.mdx` },
  ...over,
});
const table = (pages: PageStatus[], compact = false) => parse(`<table><tbody>${translationRowsHtml('en', pages, compact)}</tbody></table>`);
const links = (node: ReturnType<typeof parse>) => elements(node, (e) => e.tagName === 'a').map((a) => [textOf(a), a.properties.href ?? null]);

describe('translationRowsHtml', () => {
  it('gives an outdated page what changed, linked commit by commit, and the comparison', () => {
    const page = base({
      state: 'outdated', translatedIn: { sha: 'a1', date: '2026-01-05T10:00:00Z', subject: 'Translate', authorName: 'Ana' },
      changes: [{ sha: 'b2', date: '2026-02-01T10:00:00Z', subject: 'Tighten the second paragraph', authorName: 'Ana' }, { sha: 'c3', date: '2026-02-03T10:00:00Z', subject: 'Fix a typo & a link', authorName: 'Ana' }],
      links: { ...base({}).links, edit: `${REPO}/edit/main/content/es/documents/mission.mdx`, commits: [`${REPO}/commit/b2`], compare: `${REPO}/compare/a1...b2` },
    });
    const tree = table([page]);
    const items = elements(tree, (e) => e.tagName === 'li');
    expect(items.map((li) => textOf(li).replace(/^\S+ \d+, \d+ /, ''))).toEqual(['Tighten the second paragraph', 'Fix a typo & a link']);
    // A change with no commit link of its own keeps its date, without a link that leads nowhere.
    expect(elements(items[1]!, (e) => e.tagName === 'a')[0]!.properties.href).toBeUndefined();
    expect(links(tree)).toContainEqual([t('en', 'translations.whatChanged'), `${REPO}/compare/a1...b2`]);
    expect(elements(tree, (e) => e.tagName === 'tr')[0]!.properties.dataState).toBe('outdated');
  });

  it('sends "Translate" to the editor, or in a compact table to the untranslated page', () => {
    const page = base({ state: 'missing', links: { ...base({}).links, translate: `${REPO}/new/main/content/es/documents?filename=mission.mdx&value=...` } });
    expect(links(table([page]))).toContainEqual([t('en', 'translations.translate'), page.links.translate]);
    expect(links(table([page], true))).toContainEqual([t('en', 'translations.translate'), '/es/documents/mission/']);
  });

  it('says why a page is invalid or unknown, and what is wrong with its translationOf', () => {
    const tree = table([
      base({ slug: 'a', state: 'invalid', message: 'title: Required' }),
      base({ slug: 'b', state: 'unknown', message: 'git history is missing' }),
      base({ slug: 'c', state: 'current', reviewProblem: 'translationOf names no commit' }),
    ]);
    expect(elements(tree, (e) => e.tagName === 'code').map(textOf)).toEqual([
      'content/es/documents/mission.mdx', 'title: Required', 'content/es/documents/mission.mdx', 'git history is missing',
      'content/es/documents/mission.mdx', 'translationOf names no commit',
    ]);
    expect(elements(tree, (e) => hasClass(e, 'badge')).map((b) => b.properties.className)).toEqual([['badge', 'bad'], ['badge'], ['badge', 'ok']]);
  });

  it('keeps a contributor\'s title and messages as text', () => {
    const tree = table([base({ title: '<img src=x onerror=alert(1)> "Mission"', state: 'invalid', message: '<script>x</script>' })]);
    expect(elements(tree, (e) => e.tagName === 'img' || e.tagName === 'script')).toEqual([]);
    expect(textOf(tree)).toContain('<img src=x onerror=alert(1)> "Mission"');
    expect(textOf(tree)).toContain('<script>x</script>');
    expect(byId(tree, 'x')).toBeUndefined();
  });
});
