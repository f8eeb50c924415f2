import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitFixture, doc, SITE_YML, type GitFixture } from './git-fixture.ts';

/** `npm run translations`: the table for people on stdout, JSON for scripts with --json, progress on stderr. */

let repo: GitFixture;
let sha: { es: string; change: string };
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/translations.ts', ...args], {
    encoding: 'utf8', env: { ...process.env, CHAPTERHOUSE_CONTENT: path.join(repo.dir, 'content') },
  });

beforeAll(() => {
  repo = createGitFixture('ch-cli-');
  // Portuguese is a language the project ships no interface strings for: the organization translates them.
  repo.write('content/site.yml', SITE_YML.replace('languages:\n', 'languages:\n  - { code: pt, name: Português }\n'));
  repo.write('content/pt/ui.yml', 'nav.home: Início\n');
  repo.write('content/en/documents/tides.mdx', doc('Tides', 'Tides turn twice a day.'));
  repo.write('content/en/documents/dunes.mdx', doc('Dunes', 'Dunes move.'));
  repo.commit('English', '2025-01-01T00:00:00Z');
  repo.write('content/es/documents/tides.mdx', doc('Mareas', 'Las mareas cambian dos veces al día.'));
  // A Japanese translation whose frontmatter fails the check: it is there, so it is not "missing".
  repo.write('content/ja/documents/dunes.mdx', doc('砂丘', '砂丘は動く。').replace('status: draft', 'status: drafted'));
  const es = repo.commit('Spanish', '2025-02-01T00:00:00Z');
  repo.write('content/en/documents/tides.mdx', doc('Tides', 'Tides turn twice a day, roughly.'));
  sha = { es, change: repo.commit('Hedge the tides', '2025-03-01T00:00:00Z') };
});
afterAll(() => repo.remove());

describe('npm run translations', () => {
  it('prints machine-readable JSON on stdout with --json, and progress only on stderr', () => {
    const result = run('--json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    const tides = report.pages.find((p: { lang: string; slug: string }) => p.lang === 'es' && p.slug === 'tides');
    expect(tides).toMatchObject({ state: 'outdated', translatedIn: { sha: sha.es }, changes: [{ sha: sha.change, subject: 'Hedge the tides' }] });
    expect(report.languages.find((l: { lang: string }) => l.lang === 'es')).toMatchObject({ total: 2, outdated: 1, missing: 1 });
    // Spanish strings come with the project; Portuguese has the one the organization translated.
    expect(report.uiKeys.find((k: { lang: string }) => k.lang === 'es')).toMatchObject({ missing: [], coverage: 1 });
    const pt = report.uiKeys.find((k: { lang: string }) => k.lang === 'pt');
    expect(pt.missing).toContain('blog.by');
    expect(pt.missing).not.toContain('nav.home');
    expect(result.stderr).toContain('Reading pages and git history');
    const dunes = report.pages.find((p: { lang: string; slug: string }) => p.lang === 'ja' && p.slug === 'dunes');
    expect(dunes).toMatchObject({ state: 'invalid', message: expect.stringContaining('status:') });
    expect(dunes.links.translate).toBeUndefined();
    // Data texts: the site's name and tagline are written once, in English.
    expect(report.dataTexts.filter((d: { lang: string; state: string }) => d.lang === 'es' && d.state === 'missing').map((d: { field: string }) => d.field)).toEqual(['name', 'tagline']);
  });

  it('prints one line per language by default, with a column per kind of text', () => {
    const { stdout, status } = run();
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^language +pages: up to date \/ outdated \/ missing +site +interface$/);
    expect(lines.slice(1, 4).map((l) => l.split(/ {2,}/).slice(0, 3))).toEqual([
      ['Português (pt)', '0 / 0 / 2', '0/2'],
      ['Español (es)', '0 / 1 / 1', '0/2'],
      ['日本語 (ja)', '0 / 0 / 1 (1 cannot be read)', '0/2'],
    ]);
    expect(lines.at(-1)).toContain('--details');
    expect(lines).toHaveLength(6);
  });

  it('prints every page, worst first, with the missing interface strings, with --details', () => {
    const { stdout, status } = run('--lang', 'es', '--details');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Español (es): 50% translated, 0% up to date — 0 up to date, 1 outdated, 1 missing');
    expect(lines[1]).toMatch(/^ {2}outdated +content\/es\/documents\/tides\.mdx +Tides$/);
    expect(lines[2]).toBe(`              2025-03-01 ${sha.change.slice(0, 7)} Hedge the tides`);
    expect(stdout).toContain('Interface strings (content/es/ui.yml): 100% translated, nothing missing');
    expect(stdout).not.toContain('日本語');
    expect(stdout).toContain('content/site.yml:1: name: not in es yet (shows "Test Commons")');
    expect(run('--lang', 'pt', '--details').stdout).toContain('content/pt/ui.yml: blog.by: not translated yet (English: "By {authors}")');
    const ja = run('--lang', 'ja', '--details').stdout;
    expect(ja).toMatch(/unreadable +content\/ja\/documents\/dunes\.mdx/);
    expect(ja).toContain('cannot be read: status:');
  });

  it('names the languages there are when asked for one that is not', () => {
    const { stderr, status } = run('--lang', 'fr');
    expect(status).toBe(2);
    expect(stderr).toContain('there is no language "fr" in content/site.yml');
    expect(stderr).toContain('use one of pt, en, es, ja');
  });
});
