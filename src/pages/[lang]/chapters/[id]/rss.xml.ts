import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { languages, site, textIn } from '../../../../i18n/index.ts';
import { newestFirst, postsInScope } from '../../../../lib/blog.ts';
import { localizedIn } from '../../../../lib/collections.ts';
import { postItems } from '../../../../lib/feeds.ts';
import { chapters } from '../../../../lib/site-data.ts';
import { renders } from '../../../../lib/build-cache/current-plan.ts';

// Part of the blog's lists in the build cache (src/lib/build-cache/page-groups.ts): it shows the posts' frontmatter.
export function getStaticPaths() {
  if (!renders('lists', 'blog')) return [];
  return languages.flatMap((l) => [...chapters().keys()].map((id) => ({ params: { lang: l.code, id } })));
}

export async function GET(context: APIContext) {
  const { lang, id } = context.params as { lang: string; id: string };
  const chapter = chapters().get(id)!;
  const chapterCountry = new Map([...chapters()].map(([cid, c]) => [cid, c.country]));
  const posts = postsInScope(newestFirst((await localizedIn('blog', lang)).map((p) => p.entry)), id, chapterCountry);
  return rss({
    title: `${textIn(chapter.name, lang).text} · ${textIn(site.name, lang).text}`,
    description: textIn(chapter.summary ?? chapter.city, lang).text,
    site: context.site ?? site.url,
    items: postItems(lang, posts),
    customData: `<language>${lang}</language>`,
  });
}
