import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearTranslationCache, loadTranslationReport } from '../../src/lib/translations/load.ts';
import type { PageStatus } from '../../src/lib/translations/report.ts';
import { createGitFixture, doc, SITE_YML, type GitFixture } from './git-fixture.ts';

/**
 * "Reviewed without change": a translator who checked the original's change and found nothing to change in
 * the translation names the original's commit in the translation's frontmatter (`translationOf`), as GitHub's
 * web editor can. Real repositories, dated commits, the report read the way the build reads it.
 */

const en = (slug: string) => `content/en/documents/${slug}.mdx`;
const es = (slug: string) => `content/es/documents/${slug}.mdx`;
let repo: GitFixture;
const sha: Record<string, string> = {};
const statusIn = (slug: string): PageStatus => {
  clearTranslationCache();
  return loadTranslationReport(path.join(repo.dir, 'content')).pages.find((p) => p.slug === slug && p.lang === 'es')!;
};
const reviewed = (slug: string, commit: string) =>
  repo.write(es(slug), repo.read(es(slug)).replace('order: 1\n', `order: 1\ntranslationOf: "${commit}"\n`));

beforeAll(() => {
  repo = createGitFixture('ch-reviewed-');
  repo.write('content/site.yml', SITE_YML);
  for (const slug of ['reviewed', 'short', 'later', 'unknown', 'untouched']) {
    repo.write(en(slug), doc(`Page ${slug}`, `The ${slug} page tells members about shores.`));
    repo.write(es(slug), doc(`Página ${slug}`, `La página ${slug} habla de costas.`));
  }
  sha.created = repo.commit('Pages and their translations', '2024-01-01T10:00:00Z');
  for (const slug of ['reviewed', 'short', 'later', 'unknown', 'untouched']) repo.write(en(slug), repo.read(en(slug)).replace('members', 'every member'));
  sha.edit = repo.commit('Say every member', '2024-02-01T10:00:00Z');
});
afterAll(() => repo.remove());

describe('translationOf', () => {
  it('leaves the translation outdated until the translator says which change they reviewed', () => {
    expect(statusIn('untouched')).toMatchObject({ state: 'outdated', changes: [{ sha: sha.edit }] });
  });

  it('makes the translation current when it names the original latest commit, without changing its text', () => {
    reviewed('reviewed', sha.edit!);
    reviewed('short', sha.edit!.slice(0, 7));
    reviewed('later', sha.edit!.slice(0, 7));
    reviewed('unknown', 'deadbee');
    sha.review = repo.commit('Reviewed: nothing to change in Spanish', '2024-02-10T10:00:00Z');
    expect(statusIn('reviewed')).toMatchObject({ state: 'current', changes: [], reviewedAt: { sha: sha.edit }, translatedIn: { sha: sha.created } });
    // The seven characters GitHub shows are enough.
    expect(statusIn('short')).toMatchObject({ state: 'current', reviewedAt: { sha: sha.edit } });
    // The frontmatter edit itself is not a change of the translation's text: without translationOf it would stay outdated.
    expect(statusIn('untouched').state).toBe('outdated');
  });

  it('says so when translationOf names no commit of the history, and does not trust it', () => {
    expect(statusIn('unknown')).toMatchObject({ state: 'outdated', changes: [{ sha: sha.edit }] });
    expect(statusIn('unknown').reviewProblem).toMatch(/translationOf: deadbee is not a commit/);
  });

  it('counts the original changes after the reviewed commit: the translation is outdated again', () => {
    repo.write(en('later'), repo.read(en('later')).replace('shores', 'coastlines'));
    sha.after = repo.commit('Say coastlines', '2024-03-01T10:00:00Z');
    expect(statusIn('later')).toMatchObject({ state: 'outdated', changes: [{ sha: sha.after }], reviewedAt: { sha: sha.edit } });
    expect(statusIn('later').changes).toHaveLength(1);
  });
});
