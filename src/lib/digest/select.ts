import type { LocalizedText, PollScope, PullRequest } from '../../schemas/index.ts';
import { chapterMajorities } from '../polls/double-majority.ts';
import type { PollView } from '../polls/views.ts';
import type { TranslationReport } from '../translations/report.ts';

/**
 * What a digest reports for a period [since, until): everything is chosen here, in no language yet, from the
 * same records the site shows (poll views with their results, the proposals in the snapshot, the posts, the
 * translation report). Pure, so the CLI, the site and the tests pick the same items.
 */

/** Polls opening, and suggestion periods ending, within this long after the period are "soon". */
export const SOON_DAYS = 14;

export interface DigestPost {
  slug: string;
  date: string;
  authors: string[];
  /** Title and summary in each language the post exists in. */
  texts: Record<string, { title: string; summary: string }>;
}

export interface DigestInputs {
  views: readonly PollView[];
  /** Proposal pull requests (already filtered by the proposal label). */
  proposals: readonly Pick<PullRequest, 'number' | 'title' | 'author' | 'createdAt' | 'isDraft' | 'url'>[];
  posts: readonly DigestPost[];
  translations: Pick<TranslationReport, 'languages'> & { historyProblem?: string };
  defaultLanguage: string;
}

export interface DigestPoll {
  id: string;
  title: LocalizedText;
  scope: PollScope | null;
  opens: string;
  closes: string;
  type: 'single' | 'approval';
}

export interface DigestDecision extends DigestPoll {
  outcome: string;
  winner: { key: string; label: LocalizedText } | null;
  /** Whether the count was final when the digest was made. */
  final: boolean;
  voters: number;
  eligible: number;
  options: { key: string; label: LocalizedText; votes: number }[];
  /** Double majority: chapters with valid votes, and how many the leading option won. */
  chapters: { counted: number; won: number; leader: string | null } | null;
  /** The option holding more than half of all votes in a double majority that decided nothing. */
  simpleMajority: string | null;
  proposal: { number: number; passed: boolean } | null;
}

export interface DigestData {
  since: string;
  until: string;
  decisions: DigestDecision[];
  open: DigestPoll[];
  opening: DigestPoll[];
  suggestions: (DigestPoll & { until: string; support: number })[];
  proposals: { number: number; title: string; author: string | null; createdAt: string; draft: boolean }[];
  posts: DigestPost[];
  translations: { lang: string; total: number; missing: number; outdated: number; unknown: number }[];
}

const within = (iso: string, from: number, to: number) => Date.parse(iso) >= from && Date.parse(iso) < to;

export function selectDigest(inputs: DigestInputs, period: { since: string; until: string }): DigestData {
  const since = Date.parse(period.since);
  const until = Date.parse(period.until);
  const soon = until + SOON_DAYS * 86_400_000;
  const poll = (v: PollView): DigestPoll => ({ id: v.id, title: v.poll.data.title, scope: v.scope ?? null, opens: v.opens, closes: v.closes, type: v.poll.data.type });
  const byCloses = (a: DigestPoll, b: DigestPoll) => a.closes.localeCompare(b.closes) || a.id.localeCompare(b.id);
  const byOpens = (a: DigestPoll, b: DigestPoll) => a.opens.localeCompare(b.opens) || a.id.localeCompare(b.id);

  const decisions = inputs.views
    .filter((v) => v.result && v.result.phase === 'closed' && within(v.closes, since, until))
    .map((v): DigestDecision => {
      const t = v.result!.tally;
      const label = (key: string) => v.choices.find((o) => o.key === key)?.label ?? key;
      const leader = [...t.options].filter((o) => o.key !== 'abstain').sort((a, b) => b.votes - a.votes)[0];
      const majorities = t.chapters ? chapterMajorities(t.chapters) : null;
      const key = t.winner ?? leader?.key ?? null;
      return {
        ...poll(v),
        outcome: t.outcome,
        winner: t.winner ? { key: t.winner, label: label(t.winner) } : null,
        final: v.result!.frozen,
        voters: t.voters,
        eligible: t.eligible,
        options: t.options.map((o) => ({ key: o.key, label: label(o.key), votes: o.votes })),
        chapters: majorities ? { counted: majorities.counted, won: key ? (majorities.won.get(key) ?? 0) : 0, leader: key } : null,
        simpleMajority: majorities && t.outcome === 'no-majority' && leader && 2 * leader.votes > t.validVotes ? leader.key : null,
        proposal: v.proposal ? { number: v.proposal.number, passed: t.outcome === 'decided' && t.winner === 'yes' && v.proposal.gate?.state !== 'failure' } : null,
      };
    })
    .sort(byCloses);

  const open = inputs.views.filter((v) => Date.parse(v.opens) <= until && until < Date.parse(v.closes)).map(poll).sort(byCloses);
  const suggestions = inputs.views
    // Running at the end of the period: its discussion (where suggestions are made) existed, and it had not ended.
    .filter((v) => v.poll.data.suggestions && v.discussionCreatedAt !== null && Date.parse(v.discussionCreatedAt) <= until && until < Date.parse(v.poll.data.suggestions.until) && until < Date.parse(v.opens))
    .map((v) => ({ ...poll(v), until: new Date(v.poll.data.suggestions!.until).toISOString(), support: v.poll.data.suggestions!.support }))
    .sort((a, b) => a.until.localeCompare(b.until) || a.id.localeCompare(b.id));
  // A poll still asking for options is told once, there, with when its voting opens.
  const asking = new Set(suggestions.map((p) => p.id));
  const opening = inputs.views.filter((v) => until < Date.parse(v.opens) && Date.parse(v.opens) < soon && !asking.has(v.id)).map(poll).sort(byOpens);

  const proposals = inputs.proposals
    .filter((p) => within(p.createdAt, since, until))
    .map((p) => ({ number: p.number, title: p.title, author: p.author?.login ?? null, createdAt: p.createdAt, draft: p.isDraft }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number);

  const posts = inputs.posts.filter((p) => within(p.date, since, until)).sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));

  const translations = inputs.translations.languages
    .filter((l) => l.lang !== inputs.defaultLanguage)
    .map((l) => ({ lang: l.lang, total: l.total, missing: l.missing, outdated: l.outdated, unknown: l.unknown }));

  return { since: new Date(since).toISOString(), until: new Date(until).toISOString(), decisions, open, opening, suggestions, proposals, posts, translations };
}
