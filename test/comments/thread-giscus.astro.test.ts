import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, it } from 'vitest';
import { makeContentDir } from './fixtures/content-dir.ts';
import { elements, parse } from './fixtures/html.ts';

// Its own file: the site settings are read once per module graph, and this one turns giscus on.
process.env.CHAPTERHOUSE_CONTENT = makeContentDir({ giscus: { repoId: 'R_kgDOtest', categoryId: 'DIC_kwDOtest' } });

it('adds the giscus widget, mapped to the same discussion, only when site.yml opts in', async () => {
  const { default: Thread } = await import('../../src/components/comments/Thread.astro');
  const container = await AstroContainer.create();
  const tree = parse(await container.renderToString(Thread, { props: { lang: 'es', pagePath: 'es/documents/mission/' } }));
  const [script] = elements(tree, (e) => e.tagName === 'script');
  expect(script?.properties).toMatchObject({
    src: 'https://giscus.app/client.js',
    dataRepo: 'tidewater-commons/chapterhouse',
    dataRepoId: 'R_kgDOtest',
    dataCategoryId: 'DIC_kwDOtest',
    dataMapping: 'specific',
    dataTerm: 'en/documents/mission/',
    dataLang: 'es',
  });
});

it('lets pages with a thread load giscus, and nothing else, under their Content-Security-Policy', async () => {
  const { threadScripts } = await import('../../src/components/comments/thread-data.ts');
  const { contentSecurityPolicy } = await import('../../src/lib/security/csp.ts');
  const policy = contentSecurityPolicy(threadScripts());
  expect(policy).toContain("script-src https://giscus.app;");
  expect(policy).toContain('frame-src https://giscus.app');
});
