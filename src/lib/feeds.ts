import type { CollectionEntry } from 'astro:content';
import { href, textIn } from '../i18n/index.ts';
import { entryKey } from './collections.ts';
import { tagLabel } from './site-data.ts';

/** RSS items for posts, linking to the reader's language route. */
export function postItems(lang: string, posts: CollectionEntry<'blog'>[]) {
  return posts.map((post) => ({
    title: post.data.title,
    description: post.data.summary,
    pubDate: post.data.date,
    link: href(lang, `blog/${entryKey(post).slug}`),
    categories: post.data.tags.map((tag) => textIn(tagLabel(tag), lang).text),
    author: post.data.authors.join(', '),
  }));
}
