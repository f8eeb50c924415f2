import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../support/built-site.ts';
import { loadTranslationReport } from '../../src/lib/translations/load.ts';
import { readSite } from '../../src/lib/content/load.ts';

/**
 * The history page of a translated document, as built from content/ and its git history: when the translation
 * is behind its original, the original's amendments since the translation's last update are listed as "not yet
 * in this language", each linked to the original's version page; its newest own version is then not "current".
 */
let dist: string;
beforeAll(async () => {
  dist = await builtSite();
}, 900_000);

const report = loadTranslationReport();
const site = readSite();
const documents = report.pages.filter((p) => p.kind === 'documents' && p.state !== 'missing' && p.state !== 'invalid');
const html = (lang: string, slug: string) => fs.readFileSync(path.join(dist, lang, 'documents', slug, 'history', 'index.html'), 'utf8');
const section = (page: string) => /<section class="not-yet[^"]*"[^>]*>([\s\S]*?)<\/section>/.exec(page)?.[1];

describe('the history of a translated document', () => {
  it.skipIf(!documents.some((p) => p.state === 'outdated'))('lists the original amendments it does not have yet, linked to the original versions', () => {
    for (const p of documents.filter((d) => d.state === 'outdated')) {
      const list = section(html(p.lang, p.slug));
      expect(list, `${p.lang}/${p.slug}: the history should list the original's newer amendments`).toBeDefined();
      const linked = [...list!.matchAll(/href="[^"]*\/(\w[\w-]*)\/documents\/([^/]+)\/history\/([0-9a-f]{40})\/"/g)].map((m) => ({ lang: m[1], slug: m[2], sha: m[3]! }));
      expect(linked.length).toBeGreaterThan(0);
      // Each links to a version page of the original, which the build made.
      for (const l of linked) {
        expect(l).toMatchObject({ lang: site.defaultLanguage, slug: p.slug });
        expect(fs.existsSync(path.join(dist, site.defaultLanguage, 'documents', p.slug, 'history', l.sha, 'index.html'))).toBe(true);
      }
    }
  });

  it('says nothing of the kind for a translation that is up to date', () => {
    for (const p of documents.filter((d) => d.state === 'current')) expect(section(html(p.lang, p.slug)), `${p.lang}/${p.slug}`).toBeUndefined();
  });
});
