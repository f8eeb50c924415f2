import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearTranslationCache, loadTranslationReport, NO_GIT_MESSAGE, SHALLOW_MESSAGE } from '../../src/lib/translations/load.ts';
import type { PageStatus, TranslationReport } from '../../src/lib/translations/report.ts';
import { createGitFixture, doc, SITE_YML, type GitFixture } from './git-fixture.ts';

/**
 * Staleness end to end on a real repository: pages are written and committed with controlled dates,
 * then the report is read the way the build reads it.
 */

const en = (slug: string) => `content/en/documents/${slug}.mdx`;
const es = (slug: string) => `content/es/documents/${slug}.mdx`;
const SLUGS = ['meaningful', 'twice', 'whitespace', 'frontmatter', 'title', 'skipped', 'caught-up', 'together', 'missing'];

let repo: GitFixture;
const sha: Record<string, string> = {};
let report: TranslationReport;
const status = (slug: string, lang = 'es'): PageStatus => {
  const found = report.pages.find((p) => p.slug === slug && p.lang === lang);
  if (!found) throw new Error(`no status for ${lang}/${slug}`);
  return found;
};

beforeAll(() => {
  repo = createGitFixture();
  repo.write('content/site.yml', SITE_YML);
  for (const slug of SLUGS) repo.write(en(slug), doc(`Page ${slug}`, `The ${slug} page tells members about shores.`));
  sha.created = repo.commit('Add the English pages', '2024-01-01T10:00:00Z');

  for (const slug of SLUGS.filter((s) => s !== 'missing')) repo.write(es(slug), doc(`Página ${slug}`, `La página ${slug} habla de costas.`));
  sha.translated = repo.commit('Translate the pages into Spanish', '2024-02-01T10:00:00Z');

  for (const slug of ['meaningful', 'twice', 'caught-up']) repo.write(en(slug), repo.read(en(slug)).replace('shores', 'coastlines'));
  repo.write(en('title'), repo.read(en('title')).replace('title: Page title', 'title: A better title'));
  repo.write(en('together'), repo.read(en('together')).replace('shores', 'dunes'));
  repo.write(es('together'), repo.read(es('together')).replace('costas', 'dunas'));
  sha.rewrite = repo.commit('Rewrite several pages', '2024-03-01T10:00:00Z');

  repo.write(en('whitespace'), repo.read(en('whitespace')).replace('page tells', 'page\ntells').replace(/\n$/, '   \n\n\n'));
  sha.whitespace = repo.commit('Re-wrap a paragraph', '2024-03-02T10:00:00Z');

  repo.write(en('frontmatter'), repo.read(en('frontmatter')).replace('order: 1', 'order: 7\ndiscussion: 42'));
  sha.frontmatter = repo.commit('Reorder the documents', '2024-03-03T10:00:00Z');

  repo.write(en('skipped'), repo.read(en('skipped')).replace('shores', 'shorse'));
  sha.skip = repo.commit('Fix a typo nobody translates\n\nThe Spanish text never had it.\n\ni18n: skip', '2024-03-04T10:00:00Z');

  repo.write(en('twice'), repo.read(en('twice')).replace('members', 'everyone'));
  sha.twiceAgain = repo.commit('Say everyone', '2024-03-15T10:00:00Z');

  repo.write(es('twice'), repo.read(es('twice')).replace(/\n$/, '\n\n'));
  sha.esWhitespace = repo.commit('Tidy Spanish whitespace', '2024-03-20T10:00:00Z');

  repo.write(es('caught-up'), repo.read(es('caught-up')).replace('costas', 'litorales'));
  sha.caughtUp = repo.commit('Bring the Spanish page up to date', '2024-04-01T10:00:00Z');

  clearTranslationCache();
  report = loadTranslationReport(path.join(repo.dir, 'content'));
});
afterAll(() => repo.remove());

describe('staleness from git history', () => {
  it('marks a translation outdated when its original changed meaningfully afterwards', () => {
    const s = status('meaningful');
    expect(s.state).toBe('outdated');
    expect(s.translatedIn?.sha).toBe(sha.translated);
    expect(s.changes.map((c) => c.sha)).toEqual([sha.rewrite]);
    expect(s.changes[0]).toMatchObject({ subject: 'Rewrite several pages', date: '2024-03-01T10:00:00.000Z', authorName: 'Fixture' });
    expect(s.links.compare).toBe(`https://github.com/example/commons/compare/${sha.translated}...${sha.rewrite}`);
    expect(s.links.commits).toEqual([`https://github.com/example/commons/commit/${sha.rewrite}`]);
  });

  it('lists every meaningful change since, newest first, and ignores a whitespace-only touch to the translation', () => {
    const s = status('twice');
    expect(s.state).toBe('outdated');
    expect(s.changes.map((c) => c.sha)).toEqual([sha.twiceAgain, sha.rewrite]);
    expect(s.translatedIn?.sha).toBe(sha.translated);
    expect(s.links.compare).toBe(`https://github.com/example/commons/compare/${sha.translated}...${sha.twiceAgain}`);
  });

  it('keeps a translation current after a whitespace-only change to the original', () => {
    expect(status('whitespace')).toMatchObject({ state: 'current', changes: [] });
  });

  it('keeps a translation current after frontmatter changes that are not text', () => {
    expect(status('frontmatter')).toMatchObject({ state: 'current', changes: [] });
  });

  it('marks a translation outdated when only the title changed', () => {
    expect(status('title')).toMatchObject({ state: 'outdated', changes: [{ sha: sha.rewrite }] });
  });

  it('honours the i18n: skip trailer', () => {
    expect(status('skipped')).toMatchObject({ state: 'current', changes: [] });
  });

  it('marks a translation current again once the translator updates it', () => {
    const s = status('caught-up');
    expect(s.state).toBe('current');
    expect(s.translatedIn?.sha).toBe(sha.caughtUp);
    expect(s.links.compare).toBeUndefined();
  });

  it('counts a commit that updates original and translation together as up to date', () => {
    expect(status('together')).toMatchObject({ state: 'current', translatedIn: { sha: sha.rewrite } });
  });

  it('reports a missing translation with a link that creates it from the original', () => {
    const s = status('missing');
    expect(s.state).toBe('missing');
    expect(s.file).toBe(es('missing'));
    const url = new URL(s.links.translate!);
    expect(url.pathname).toBe('/example/commons/new/main/content/es/documents');
    expect(url.searchParams.get('filename')).toBe('missing.mdx');
    expect(url.searchParams.get('value')).toBe(repo.read(en('missing')));
    expect(s.links.edit).toBeUndefined();
  });

  it('covers every language but the default, with coverage figures', () => {
    expect(report.pages.filter((p) => p.lang === 'en')).toEqual([]);
    expect(report.pages.filter((p) => p.lang === 'ja').every((p) => p.state === 'missing')).toBe(true);
    const esSummary = report.languages.find((l) => l.lang === 'es')!;
    expect(esSummary).toMatchObject({ total: 9, missing: 1, outdated: 3, current: 5, unknown: 0 });
    expect(esSummary.coverage).toBeCloseTo(8 / 9);
    expect(esSummary.upToDate).toBeCloseTo(5 / 9);
    expect(report.languages.find((l) => l.lang === 'ja')).toMatchObject({ total: 9, missing: 9, coverage: 0 });
  });
});

describe('when history is missing', () => {
  it('says so in a shallow clone instead of marking everything outdated', () => {
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow], { stdio: 'pipe' });
      clearTranslationCache();
      const r = loadTranslationReport(path.join(shallow, 'content'));
      expect(r.historyProblem).toBe(SHALLOW_MESSAGE);
      const mine = r.pages.filter((p) => p.lang === 'es');
      expect(mine.filter((p) => p.state === 'unknown').map((p) => p.slug).sort()).toEqual(SLUGS.filter((s) => s !== 'missing').sort());
      expect(mine.find((p) => p.slug === 'missing')?.state).toBe('missing');
      expect(mine.find((p) => p.slug === 'meaningful')?.message).toBe(SHALLOW_MESSAGE);
    } finally {
      fs.rmSync(shallow, { recursive: true, force: true });
    }
  });

  it('says so outside a git checkout', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-nogit-'));
    try {
      fs.cpSync(path.join(repo.dir, 'content'), path.join(copy, 'content'), { recursive: true });
      clearTranslationCache();
      const r = loadTranslationReport(path.join(copy, 'content'));
      expect(r.historyProblem).toBe(NO_GIT_MESSAGE);
      expect(r.pages.find((p) => p.lang === 'es' && p.slug === 'meaningful')?.state).toBe('unknown');
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
