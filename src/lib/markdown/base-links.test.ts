import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from './base-links.ts';

const run = async (md: string, base?: string) => {
  const plugin = baseLinks({ base });
  return (await markdownToHtml(md, { hastPlugins: plugin ? [plugin] : [] })).html.trim();
};

describe('baseLinks', () => {
  it('prefixes site-absolute links and images with the base path', async () => {
    expect(await run('[h](/en/handbook/) ![a](/img/a.png)', '/chapterhouse')).toBe('<p><a href="/chapterhouse/en/handbook/">h</a> <img src="/chapterhouse/img/a.png" alt="a"></p>');
  });

  it('leaves relative, external, protocol-relative, prefixed and anchor links alone', async () => {
    const md = '[r](../x/) [e](https://e.example/) [p](//cdn.example/x) [b](/chapterhouse/en/) [t](#top)';
    expect(await run(md, '/chapterhouse/')).toBe('<p><a href="../x/">r</a> <a href="https://e.example/">e</a> <a href="//cdn.example/x">p</a> <a href="/chapterhouse/en/">b</a> <a href="#top">t</a></p>');
  });

  it('is left out at the root', async () => {
    expect(baseLinks({})).toBeNull();
    expect(baseLinks({ base: '/' })).toBeNull();
    expect(await run('[x](/en/)')).toBe('<p><a href="/en/">x</a></p>');
  });
});
