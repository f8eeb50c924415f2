import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stageSearchPages, withStagedSearchPages } from './stage-pages.ts';

const PAGEFIND = path.resolve(import.meta.dirname, '../../../node_modules/.bin/pagefind');

const page = (lang: string, body: string, indexed: boolean) =>
  `<!doctype html><html lang="${lang}"><head><title>${body.slice(0, 20)}</title></head><body><nav>Menu</nav>` +
  `<main${indexed ? ' data-pagefind-body data-pagefind-meta="kind:blog"' : ''}><h1>${body.slice(0, 20)}</h1><p>${body}</p></main></body></html>`;

// A built site in miniature: originals marked for the index, a fallback copy and lists that are not, and a
// discussion page whose comment quotes the attribute (its path is never indexed).
const SITE: Record<string, string> = {
  'en/blog/seagrass/index.html': page('en', 'Seagrass meadows store carbon in their roots', true),
  'es/blog/seagrass/index.html': page('es', 'Seagrass meadows store carbon in their roots', false),
  'es/blog/praderas/index.html': page('es', 'Las praderas marinas guardan carbono', true),
  'en/documents/mission/index.html': page('en', 'Our mission is to restore coastal meadows', true),
  'en/blog/tags/seagrass/index.html': page('en', 'Posts tagged seagrass', false),
  'en/blog/seagrass/comments/2/index.html': page('en', 'Someone asked what data-pagefind-body does', false),
  'en/index.html': page('en', 'Welcome to the organization home page', false),
  '404.html': page('en', 'Not found', false),
};

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-search-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function writeSite(files: Record<string, string>): string {
  const site = path.join(tempDir(), 'dist');
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    fs.writeFileSync(path.join(site, file), html);
  }
  return site;
}

const filesUnder = (dir: string) => (fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();

describe('stageSearchPages', () => {
  it('gathers exactly the pages marked for the index, at their own paths and with their own bytes', () => {
    const site = writeSite(SITE);
    const stage = path.join(tempDir(), 'stage');
    expect(stageSearchPages(site, stage)).toBe(3);
    expect(filesUnder(stage)).toEqual(['en/blog/seagrass/index.html', 'en/documents/mission/index.html', 'es/blog/praderas/index.html']);
    for (const file of filesUnder(stage)) expect(fs.readFileSync(path.join(stage, file), 'utf8')).toBe(SITE[file]);
  });
});

describe('withStagedSearchPages', () => {
  const pagefind = (args: string[]) => execFileSync(PAGEFIND, args, { stdio: 'pipe' });

  it('makes the same index, file for file, as Pagefind over the whole site, and leaves no staged folder', async () => {
    const whole = writeSite(SITE);
    pagefind(['--site', whole]);
    const site = writeSite(SITE);
    const staged = await withStagedSearchPages(site, async (args, count) => {
      pagefind(args);
      return count;
    });
    expect(staged).toBe(3);
    const wholeIndex = path.join(whole, 'pagefind');
    const stagedIndex = path.join(site, 'pagefind');
    expect(filesUnder(stagedIndex)).toEqual(filesUnder(wholeIndex));
    for (const file of filesUnder(wholeIndex)) {
      expect(fs.readFileSync(path.join(stagedIndex, file)).equals(fs.readFileSync(path.join(wholeIndex, file))), file).toBe(true);
    }
    expect(fs.readdirSync(path.dirname(site))).toEqual(['dist']);
  });

  it('hands Pagefind the whole site when no page is marked, as Pagefind itself would index it', async () => {
    const site = writeSite({ 'en/index.html': page('en', 'A site with nothing marked for search yet', false) });
    const args = await withStagedSearchPages(site, async (a) => a);
    expect(args).toEqual(['--site', site]);
    expect(fs.readdirSync(path.dirname(site))).toEqual(['dist']);
  });

  it('removes the staged folder when indexing fails', async () => {
    const site = writeSite(SITE);
    await expect(withStagedSearchPages(site, async () => { throw new Error('pagefind failed'); })).rejects.toThrow('pagefind failed');
    expect(fs.readdirSync(path.dirname(site))).toEqual(['dist']);
  });
});
