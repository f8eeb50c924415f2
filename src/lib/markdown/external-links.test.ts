import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { externalLinks } from './external-links.ts';

const run = async (md: string) => (await markdownToHtml(md, { hastPlugins: [externalLinks({ siteUrl: 'https://org.example' })] })).html.trim();

describe('externalLinks', () => {
  it('marks links to other hosts', async () => {
    expect(await run('[x](https://other.example/x)')).toBe('<p><a href="https://other.example/x" rel="noopener" class="external">x</a></p>');
  });

  it('leaves the site\'s own, relative and anchor links alone', async () => {
    expect(await run('[h](/en/handbook/) [t](#top) [o](https://org.example/en/)')).toBe('<p><a href="/en/handbook/">h</a> <a href="#top">t</a> <a href="https://org.example/en/">o</a></p>');
  });

  it('keeps existing rel values and classes without duplicates', async () => {
    const html = (await markdownToHtml('<a href="http://x.example" rel="me noopener" class="external">x</a>', { hastPlugins: [externalLinks({})], features: { rawHtml: true } })).html.trim();
    expect(html).toBe('<p><a href="http://x.example" rel="me noopener" class="external">x</a></p>');
  });
});
