import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPages, readSite } from '../../src/lib/content/load.ts';
import { readPolls } from '../../src/lib/polls/read-polls.ts';
import { localizedIn } from '../../src/schemas/common.ts';
import { builtSite } from '../support/built-site.ts';

/**
 * Pagefind's index, as `npm run build` wrote it. Pagefind files each page under its <html lang>, so a fallback
 * copy (a page shown in the original under another language's address) would be a second, mislabelled copy
 * of the original in that language's search. Each text is indexed once, in its own language: a language has
 * the default language's indexed pages, less the pages it has not translated, plus any it has on its own. A poll is
 * indexed in the languages its title is written in.
 */
let entry: { languages: Record<string, { page_count: number }> };
let dist: string;
beforeAll(async () => {
  dist = await builtSite();
  entry = JSON.parse(fs.readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
});

const site = readSite();
const { pages } = readPages(site);
const KINDS = ['documents', 'handbook', 'blog'];
const keys = (lang: string) => new Set(pages.filter((p) => p.lang === lang && KINDS.includes(p.kind)).map((p) => `${p.kind}/${p.slug}`));
const others = site.languages.map((l) => l.code).filter((c) => c !== site.defaultLanguage);
const { polls } = readPolls();
const pollsIn = (lang: string) => polls.filter((p) => localizedIn(p.data.title, lang, site.defaultLanguage).lang === lang).length;

describe('the search index', () => {
  it('has the default language\'s pages', () => {
    expect(entry.languages[site.defaultLanguage]?.page_count).toBeGreaterThanOrEqual(keys(site.defaultLanguage).size);
  });

  it.skipIf(others.length === 0).each(others)('holds in %s only the pages written in it, no fallback copies', (lang) => {
    const original = keys(site.defaultLanguage);
    const own = keys(lang);
    const untranslated = [...original].filter((k) => !own.has(k)).length;
    const ownOnly = [...own].filter((k) => !original.has(k)).length;
    const count = (entry.languages[lang]?.page_count ?? 0) - pollsIn(lang);
    expect(count).toBe(entry.languages[site.defaultLanguage]!.page_count - pollsIn(site.defaultLanguage) - untranslated + ownOnly);
  });
});

describe('indexing only the marked pages (src/lib/search/stage-pages.ts)', () => {
  const filesUnder = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();

  it('writes the same index, file for file, as Pagefind reading every page of the site', () => {
    const whole = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-pagefind-'));
    try {
      execFileSync(path.resolve(import.meta.dirname, '../../node_modules/.bin/pagefind'), ['--site', dist, '--output-path', whole], { stdio: 'pipe' });
      const built = path.join(dist, 'pagefind');
      expect(filesUnder(built)).toEqual(filesUnder(whole));
      for (const file of filesUnder(whole)) {
        expect(fs.readFileSync(path.join(built, file)).equals(fs.readFileSync(path.join(whole, file))), file).toBe(true);
      }
    } finally {
      fs.rmSync(whole, { recursive: true, force: true });
    }
  });
});
