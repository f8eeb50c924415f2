import { textIn } from '../polls/views.ts';
import type { LocalizedText, PollScope } from '../../schemas/index.ts';
import type { DigestData, DigestPoll } from './select.ts';

/**
 * A digest in one language, ready to render: every sentence resolved, and every piece of text carrying the
 * language it is really in, so a renderer can mark what fell back to another language (`lang="en"` in HTML).
 * The HTML page on the site, the mail HTML, the plain text and the Markdown all render this one document.
 */

/** A piece of text and the language it is in. */
export interface Text { text: string; lang: string }
/** A line is pieces that may be in different languages: "Decided: " (Spanish) + "Plastic-free harbours" (English). */
export type Line = Text[];

export interface DigestItem {
  title: Text;
  /** Where to read more: the poll, the proposal, the post, the translations dashboard. */
  url: string;
  lines: Line[];
}

export interface DigestSection {
  key: 'decisions' | 'open' | 'opening' | 'suggestions' | 'proposals' | 'posts' | 'translations';
  heading: Text;
  items: DigestItem[];
}

export interface DigestDocument {
  lang: string;
  title: Text;
  period: Text;
  sections: DigestSection[];
  /** Shown when no section has anything. */
  nothing: Text | null;
  footer: Text;
  /** Links under the digest: the site, and the translations dashboard (to help translate). */
  siteName: string;
  links: { digest: string; translations: string };
}

export interface DigestContext {
  lang: string;
  defaultLanguage: string;
  siteName: string;
  /** An interface string in `lang`, with the language it is really in (a missing one falls back). */
  t: (key: string, vars?: Record<string, string | number>) => Text;
  date: (iso: string, style?: 'long' | 'datetime') => string;
  /** A site path (`polls/x`) in this digest's language, as a link: relative on the site, absolute in mail. */
  link: (path: string) => string;
  /** A scope key in the reader's words (see src/lib/polls/scope.ts). */
  scopeName: (scope: PollScope) => string;
  languageName: (code: string) => string;
  /** This digest's own page (for the mail versions' "read on the site"). */
  self: string;
}

export function digestDocument(data: DigestData, cx: DigestContext): DigestDocument {
  const { t, lang } = cx;
  const local = (text: LocalizedText): Text => textIn(text, lang, cx.defaultLanguage);
  const plain = (text: string): Text => ({ text, lang });
  const scopeLine = (p: DigestPoll): Line[] => (p.scope ? [[t(p.scope.chapter !== undefined ? 'polls.scope.chapter' : 'polls.scope.country', { scope: cx.scopeName(p.scope) })]] : []);
  const pollUrl = (p: DigestPoll) => cx.link(`polls/${p.id}`);

  const sections: DigestSection[] = [
    {
      key: 'decisions',
      heading: t('digest.section.decisions'),
      items: data.decisions.map((d) => {
        const outcome: Line = d.winner
          ? splitAround(t('polls.decidedFor', { option: '\u0000' }), local(d.winner.label))
          : [t(`polls.outcome.${d.outcome}`)];
        const figures: Line = d.options.flatMap((o, i) => [...(i ? [plain(' · ')] : []), local(o.label), plain(` ${o.votes}`)]);
        const lines: Line[] = [outcome, [...figures, plain(' — '), t('decisions.turnout', { voters: d.voters, eligible: d.eligible })]];
        if (d.chapters && d.chapters.leader) {
          const leader = d.options.find((o) => o.key === d.chapters!.leader);
          lines.push([...(leader ? [local(leader.label), plain(': ')] : []), t('decisions.chapters', { won: d.chapters.won, counted: d.chapters.counted })]);
        }
        if (d.simpleMajority) {
          const option = d.options.find((o) => o.key === d.simpleMajority)!;
          lines.push(splitAround(t('polls.chapters.simpleWouldHave', { option: '\u0000' }), local(option.label)));
        }
        if (d.proposal) lines.push([t('proposals.number', { number: d.proposal.number }), plain(': '), t(d.proposal.passed ? 'decisions.passed' : 'decisions.notPassed')]);
        if (!d.final) lines.push([t('polls.provisional')]);
        lines.push(...scopeLine(d));
        return { title: local(d.title), url: pollUrl(d), lines };
      }),
    },
    {
      key: 'open',
      heading: t('digest.section.open'),
      items: data.open.map((p) => ({
        title: local(p.title),
        url: pollUrl(p),
        lines: [[t('polls.closesOn', { date: cx.date(p.closes, 'datetime') })], [t(p.type === 'single' ? 'polls.howToVote.single' : 'polls.howToVote.approval')], ...scopeLine(p)],
      })),
    },
    {
      key: 'opening',
      heading: t('digest.section.opening'),
      items: data.opening.map((p) => ({ title: local(p.title), url: pollUrl(p), lines: [[t('polls.opensOn', { date: cx.date(p.opens, 'datetime') })], ...scopeLine(p)] })),
    },
    {
      key: 'suggestions',
      heading: t('digest.section.suggestions'),
      items: data.suggestions.map((p) => ({
        title: local(p.title),
        url: pollUrl(p),
        lines: [[t('digest.suggestUntil', { date: cx.date(p.until, 'datetime') })], [t('polls.suggestions.how')], [t('polls.opensOn', { date: cx.date(p.opens, 'datetime') })], ...scopeLine(p)],
      })),
    },
    {
      key: 'proposals',
      heading: t('digest.section.proposals'),
      items: data.proposals.map((p) => ({
        // A pull request's title is written in whatever language its author chose: the default one, presumably.
        title: { text: p.title, lang: cx.defaultLanguage },
        url: cx.link(`proposals/${p.number}`),
        lines: [[t('digest.proposalBy', { number: p.number, author: p.author ? `@${p.author}` : t('polls.deletedAccount').text }), ...(p.draft ? [plain(' ('), t('digest.draft'), plain(')')] : [])]],
      })),
    },
    {
      key: 'posts',
      heading: t('digest.section.posts'),
      items: data.posts.map((p) => {
        const own = p.texts[lang];
        const shown = own ?? p.texts[cx.defaultLanguage] ?? Object.values(p.texts)[0]!;
        const inLang = own ? lang : p.texts[cx.defaultLanguage] ? cx.defaultLanguage : Object.keys(p.texts)[0]!;
        return {
          title: { text: shown.title, lang: inLang },
          url: cx.link(`blog/${p.slug}`),
          lines: [[{ text: shown.summary, lang: inLang }], [t('digest.postBy', { authors: p.authors.map((a) => `@${a}`).join(', '), date: cx.date(p.date) })]],
        };
      }),
    },
    {
      key: 'translations',
      heading: t('digest.section.translations'),
      // Each language's readers see their own language first; the default language's readers see them all.
      items: data.translations
        .filter((l) => lang === cx.defaultLanguage || l.lang === lang)
        .filter((l) => l.missing + l.outdated + l.unknown > 0)
        .map((l) => ({
          title: { text: cx.languageName(l.lang), lang: l.lang },
          url: cx.link('translations'),
          lines: [[t(l.unknown > 0 && l.outdated === 0 ? 'digest.translations.unknown' : 'digest.translations.counts', { missing: l.missing, outdated: l.outdated })], [t('digest.translations.help')]],
        })),
    },
  ];
  const any = sections.some((s) => s.items.length > 0 && s.key !== 'translations');
  return {
    lang,
    title: t('digest.heading', { since: cx.date(data.since), until: cx.date(lastDay(data.until)) }),
    period: t('digest.period', { since: cx.date(data.since), until: cx.date(lastDay(data.until)) }),
    sections: sections.filter((s) => s.items.length > 0),
    nothing: any ? null : t('digest.nothing'),
    footer: t('digest.footer'),
    siteName: cx.siteName,
    links: { digest: cx.self, translations: cx.link('translations') },
  };
}

/** The period ends before `until`: a digest "to 15 November" ends at midnight starting the 16th. */
function lastDay(until: string): string {
  return new Date(Date.parse(until) - 1).toISOString();
}

/** A translated sentence with a text of another language in the middle, where the `\u0000` placeholder was. */
function splitAround(sentence: Text, middle: Text): Line {
  const [before = '', after = ''] = sentence.text.split('\u0000');
  return [...(before ? [{ text: before, lang: sentence.lang }] : []), middle, ...(after ? [{ text: after, lang: sentence.lang }] : [])];
}

/** A line as plain text (for the text and Markdown renderers, and tests). */
export const lineText = (line: Line) => line.map((p) => p.text).join('');
