import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { absoluteUrl, href, languageOf, languagePaths, site, t } from '../../../i18n/index.ts';
import { lineText } from '../../../lib/digest/document.ts';
import { digestPage, siteDigests } from '../../../lib/digest/site-digests.ts';

export const getStaticPaths = languagePaths;

/** One item per published digest, in each language: its headings and items as the description. */
export async function GET(context: APIContext) {
  const lang = context.params.lang!;
  return rss({
    title: `${site.name}: ${t(lang, 'digest.title')} (${languageOf(lang).name})`,
    description: t(lang, 'digest.intro'),
    site: context.site ?? site.url,
    items: siteDigests().map((entry) => {
      const doc = digestPage(entry, lang);
      const summary = doc.sections.map((s) => `${s.heading.text}: ${s.items.map((i) => i.title.text).join('; ')}`).join('. ');
      return {
        title: doc.title.text,
        link: absoluteUrl(href(lang, `digest/${entry.date}`)),
        pubDate: new Date(entry.until),
        description: summary || (doc.nothing ? lineText([doc.nothing]) : doc.period.text),
      };
    }),
    customData: `<language>${lang}</language>`,
  });
}
