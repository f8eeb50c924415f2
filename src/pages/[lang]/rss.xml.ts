import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { languageOf, languagePaths, site, textIn } from '../../i18n/index.ts';
import { newestFirst } from '../../lib/blog.ts';
import { localizedIn } from '../../lib/collections.ts';
import { postItems } from '../../lib/feeds.ts';
import { renders } from '../../lib/build-cache/current-plan.ts';

// Part of the blog's lists in the build cache (src/lib/build-cache/page-groups.ts): it shows the posts' frontmatter.
export const getStaticPaths = () => (renders('lists', 'blog') ? languagePaths() : []);

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
