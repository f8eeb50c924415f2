import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { languageOf, languagePaths, site, textIn } from '../../i18n/index.ts';
import { newestFirst } from '../../lib/blog.ts';
import { localizedIn } from '../../lib/collections.ts';
import { postItems } from '../../lib/feeds.ts';

export const getStaticPaths = languagePaths;

export async function GET(context: APIContext) {
  const lang = context.params.lang!;
  const posts = newestFirst((await localizedIn('blog', lang)).map((p) => p.entry));
  return rss({
    title: `${textIn(site.name, lang).text} (${languageOf(lang).name})`,
    description: textIn(site.description ?? site.tagline, lang).text,
    site: context.site ?? site.url,
    items: postItems(lang, posts),
    customData: `<language>${lang}</language>`,
  });
}
