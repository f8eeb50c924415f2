import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriBaseLinks, satteriExternalLinks } from './satteri-links.ts';

// Plugins may be asynchronous, so the result may be a promise: await it either way.
const run = async (md: string, base?: string) =>
  (await markdownToHtml(md, { hastPlugins: [satteriBaseLinks({ base }), satteriExternalLinks({ siteUrl: 'https://org.example' })].filter((p) => p !== null) })).html.trim();

describe('Sätteri link plugins', () => {
  it('prefixes site-absolute links and images with the base path', async () => {
    expect(await run('[h](/en/handbook/) ![a](/img/a.png)', '/chapterhouse')).toBe('<p><a href="/chapterhouse/en/handbook/">h</a> <img src="/chapterhouse/img/a.png" alt="a"></p>');
  });

  it('leaves relative, protocol-relative, prefixed and anchor links alone', async () => {
    expect(await run('[r](../x/) [p](//cdn.example/x) [b](/chapterhouse/en/) [t](#top)', '/chapterhouse/')).toBe('<p><a href="../x/">r</a> <a href="//cdn.example/x">p</a> <a href="/chapterhouse/en/">b</a> <a href="#top">t</a></p>');
  });

  it('is left out at the root', async () => {
    expect(satteriBaseLinks({})).toBeNull();
    expect(await run('[x](/en/)')).toBe('<p><a href="/en/">x</a></p>');
  });

  it('marks links to other hosts, not the site itself', async () => {
    expect(await run('[x](https://other.example/x) [o](https://org.example/en/)')).toBe('<p><a href="https://other.example/x" rel="noopener" class="external">x</a> <a href="https://org.example/en/">o</a></p>');
  });
});
