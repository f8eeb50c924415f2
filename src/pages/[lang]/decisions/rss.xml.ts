import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { absoluteUrl, defaultLanguage, href, languageOf, languagePaths, languages, site, t, textIn } from '../../../i18n/index.ts';
import { sitePolls } from '../../../lib/polls/site-polls.ts';
import { decisions } from '../../../lib/polls/views.ts';

export const getStaticPaths = languagePaths;

/** The decisions log as a feed, one per language: one item per closed poll. */
export async function GET(context: APIContext) {
  const lang = context.params.lang!;
  const log = decisions(sitePolls(), languages.map((l) => l.code), defaultLanguage);
  return rss({
    title: `${textIn(site.name, lang).text}: ${t(lang, 'decisions.title')} (${languageOf(lang).name})`,
    description: t(lang, 'decisions.intro'),
    site: context.site ?? site.url,
    items: log.map((d) => {
      const result = d.outcome === 'decided' && d.winnerLabel
        ? t(lang, 'polls.decidedFor', { option: d.winnerLabel[lang] ?? d.winner ?? '' })
        : t(lang, `polls.outcome.${d.outcome}`);
      const proposal = d.proposal ? ` #${d.proposal.number}: ${t(lang, d.proposal.passed ? 'decisions.passed' : 'decisions.notPassed')}.` : '';
      return {
        title: `${d.title[lang]}: ${result}`,
        link: absoluteUrl(href(lang, `polls/${d.id}`)),
        pubDate: new Date(d.closes),
        description: `${d.question[lang]} ${result}. ${t(lang, 'decisions.turnout', { voters: d.voters, eligible: d.eligible })}.${proposal}`,
      };
    }),
    customData: `<language>${lang}</language>`,
  });
}
