import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMiniOrg } from '../fixtures/mini-org.ts';
import { buildContent, type ContentBuild } from '../support/build-content.ts';
import { executableParts } from '../support/executable-parts.ts';

/**
 * The proof for contributor pages: a small organization full of hostile pages is built the way the deploy
 * builds (BASE_PATH and SITE_URL set), with the content check skipped, and every page's HTML is scanned by
 * a parser that knows nothing of our code. Each hostile page must also be refused by the check, so both
 * locks hold on their own. Pages the check accepts, however unusual their addresses, must build.
 *
 * The hostile pages are the content check's own fixtures (src/lib/security/fixtures/hostile/). Those that
 * run code at build time (imports, exports, expressions) are left out of the build: for them the check is
 * the gate, and the differential test in src/lib/content/frontmatter.test.ts shows it sees what the build
 * compiles.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'src/lib/security/fixtures/hostile');
const BUILT_ANYWAY = [
  'autolink-scheme.md', 'components-in-markdown.md', 'data-url.md', 'entity-jsx-attribute.mdx', 'entity-markdown-link.md',
  'entity-tab-scheme.md', 'expression-href.mdx', 'ipv6-markdown-link.md', 'fence-blank-lines-before.mdx', 'fence-mismatched.mdx', 'iframe-and-style.mdx',
  'javascript-link.mdx', 'jsx-event-handler.mdx', 'malformed-percent.md', 'markdown-link.mdx', 'onerror-attribute.mdx',
  'other-schemes.md', 'raw-html.md', 'raw-img-onerror.md', 'reference-definition.mdx', 'reference-links.md', 'script-element.mdx',
  'srcset-and-poster.mdx', 'style-overlay-html.md', 'style-overlay.mdx', 'unparseable-url.mdx',
];
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Pages the check accepts although their addresses are unusual: the build must take all of them. */
const ACCEPTED: Record<string, string> = {
  'en/handbook/edge-links.mdx': [
    '---', 'title: Edge links', 'order: 90', '---', '',
    '[query and fragment](https://example.org/a?b=1#c) [mail](mailto:hello@example.org) [up](../) [top](#top) [page 2](?page=2)',
    '',
    '[non-ASCII host](https://例え.jp/パス) [encoded space](https://example.org/a%20b) [port](http://example.org:8080/)',
    '',
    'A bare www.example.org link, and <a href="/en/handbook/" title="site">a site link</a>.',
    '',
  ].join('\n'),
  'en/handbook/edge-image.md': '---\ntitle: Edge image\norder: 91\n---\n\n![a photo](./photo.png) ![remote](https://example.org/x.png) ![site](/favicon.svg) <https://example.org/auto>\n',
  'en/handbook/photo.png': '',
};

const pageName = (fixture: string) => `hostile-${fixture.replace(/\.mdx?$/, '')}`;

/** A hostile fixture as a handbook page: its own frontmatter kept (with an order added), or a new one. */
function asPage(fixture: string, order: number): string {
  const source = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const fence = source.indexOf('---\n');
  if (fence >= 0 && source.slice(0, fence).trim() === '') return `${source.slice(0, fence + 4)}order: ${order}\n${source.slice(fence + 4)}`;
  return `---\ntitle: ${pageName(fixture)}\norder: ${order}\n---\n\n${source}`;
}

let root: string;
let build: ContentBuild;
beforeAll(async () => {
  const pages = Object.fromEntries(BUILT_ANYWAY.map((f, i) => [`en/handbook/${pageName(f)}${path.extname(f)}`, asPage(f, 10 + i)]));
  root = makeMiniOrg({ ...pages, ...ACCEPTED });
  fs.writeFileSync(path.join(root, 'en/handbook/photo.png'), PNG);
  build = await buildContent(root, { BASE_PATH: '/chapterhouse/', SITE_URL: 'https://org.example.org' });
}, 600_000);
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  if (build) fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
});

const html = (route: string) => fs.readFileSync(path.join(build.dist, route, 'index.html'), 'utf8');
const main = (page: string) => /<main[\s\S]*<\/main>/.exec(page)?.[0] ?? '';

describe('hostile pages built without the check', () => {
  it('build, as the deploy builds them', () => {
    expect(build.status, build.log.slice(-3000)).toBe(0);
  });

  it.each(BUILT_ANYWAY)('%s ships nothing executable', (fixture) => {
    const page = html(`en/handbook/${pageName(fixture)}`);
    expect(executableParts(main(page))).toEqual([]);
    expect(page).not.toMatch(/<script\b/i);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'none';/);
  });

  it('is every hostile fixture that runs nothing at build time', () => {
    const all = fs.readdirSync(FIXTURES).filter((n) => /\.mdx?$/.test(n));
    const buildTimeCode = all.filter((n) => !BUILT_ANYWAY.includes(n));
    // The rest run code while the site builds, which no output scan could catch: each must be an import,
    // an export or an expression the check refuses (its messages are pinned in src/lib/security).
    for (const name of buildTimeCode) {
      const source = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
      expect(source, name).toMatch(/^\s*(?:import|export)\b|\{[^}]*\}/m);
    }
    expect(BUILT_ANYWAY.every((n) => all.includes(n))).toBe(true);
  });
});

describe('the check on the same pages', () => {
  it('refuses every hostile page and accepts the unusual but safe ones', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, env: { ...process.env, CHAPTERHOUSE_CONTENT: root }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    const named = new Set(result.stderr.split('\n').map((line) => /handbook\/([^/:]+)\.mdx?:/.exec(line)?.[1]).filter(Boolean));
    expect(BUILT_ANYWAY.map(pageName).filter((p) => !named.has(p))).toEqual([]);
    expect([...named].filter((p) => p!.startsWith('edge-'))).toEqual([]);
  });
});

describe('pages the check accepts', () => {
  it('build with their addresses kept', () => {
    const page = main(html('en/handbook/edge-links'));
    for (const href of ['https://example.org/a?b=1#c', 'mailto:hello@example.org', '../', '#top', '?page=2', 'https://example.org/a%20b', 'http://example.org:8080/', 'http://www.example.org']) {
      expect(page).toContain(`href="${href}"`);
    }
    expect(executableParts(page)).toEqual([]);
  });

  it('show a picture kept next to the page', () => {
    const page = main(html('en/handbook/edge-image'));
    expect(page).toMatch(/<img alt="a photo" [^>]*src="\/chapterhouse\/_astro\/photo\.[^"]+"/);
    expect(page).toContain('src="https://example.org/x.png"');
  });
});
