import type { LocalizedText } from '../../schemas/index.ts';
import { localizedIn } from '../../schemas/index.ts';

/**
 * How to vote, in every language the site has, for what Chapterhouse writes on GitHub (option comments, the
 * summary comment): one short line per language, so a member who reads no English still knows what a 👍 does.
 * The words come from the interface strings (`say`, i.e. `t()` of src/i18n); this module stays pure.
 */
export type Say = (lang: string, key: string, vars?: Record<string, string | number>) => string;

export interface VotingLanguages {
  /** The site's language codes, the default one first or not: the default language's line comes first. */
  languages: readonly string[];
  defaultLanguage: string;
  say: Say;
}

const ordered = (v: VotingLanguages) => [v.defaultLanguage, ...v.languages.filter((l) => l !== v.defaultLanguage)];

/** Lines that are the same in two languages (a language without its own strings yet) are said once. */
const once = (lines: string[]) => [...new Set(lines)];

/** "👍 this comment to vote for “Yes”." in each language, with the option's label in that language. */
export function optionVoteLines(label: LocalizedText, v: VotingLanguages): string[] {
  return once(ordered(v).map((lang) => v.say(lang, 'polls.github.voteFor', { option: localizedIn(label, lang, v.defaultLanguage).text })));
}

/**
 * The summary comment is written in English (the tally's record on GitHub reads the same for every site); these
 * are its "how to vote" in each other language, linking to that language's poll page. A language whose strings
 * lack the sentence would repeat the English one: it is left out.
 */
export function summaryVoteLines(v: VotingLanguages, pageUrl: (lang: string) => string): string[] {
  return ordered(v)
    .filter((lang) => lang !== 'en')
    .map((lang) => ({ own: v.say(lang, 'polls.github.howToVote', { url: pageUrl(lang) }), english: v.say('en', 'polls.github.howToVote', { url: pageUrl(lang) }) }))
    .filter(({ own, english }) => own !== english)
    .map(({ own }) => own);
}

/** The site's languages, for the lines above. */
export function votingLanguages(site: { languages: readonly { code: string }[]; defaultLanguage: string }, say: Say): VotingLanguages {
  return { languages: site.languages.map((l) => l.code), defaultLanguage: site.defaultLanguage, say };
}
