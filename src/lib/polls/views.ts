import { localize, type Account, type Discussion, type LocalizedText, type Member, type PollEntry, type PollPhase, type PollResult, type PollScope, type PollState, type PullRequest } from '../../schemas/index.ts';
import { githubServerUrl } from '../github/config.ts';
import { isGitHubWebUrl } from '../security/url-policy.ts';
import { pollChoices, type PollChoice } from './choices.ts';
import { proposalGate, proposalOf, type Gate } from './gate.ts';
import { phaseAt } from './outcome.ts';
import { rulesOf } from './rules.ts';
import { concerns, type CountryOf } from './scope.ts';
import { suggestionsView, type SuggestionsView } from './suggestion-view.ts';
import type { Site } from '../../schemas/index.ts';

/**
 * What the poll pages show, decided once from the files: the site renders these and computes nothing.
 * Built at build time, so "open" means open when the site was last built.
 */
export interface PollView {
  id: string;
  poll: PollEntry;
  phase: PollPhase;
  opens: string;
  closes: string;
  quorum: number;
  threshold: string;
  /** Who votes: one chapter, one country, or (undefined) the whole organization; frozen once open. */
  scope: PollScope | undefined;
  /** The options, with those members added in a suggestion period once voting opened. */
  choices: PollChoice[];
  /** The suggestion period, for a poll that has one. */
  suggestions: SuggestionsView | null;
  /** The committed result; undefined until the first tally after opening. */
  result: PollResult | undefined;
  state: PollState | undefined;
  discussionUrl: string | null;
  /** The poll's discussion was deleted on GitHub after it was synced. */
  discussionDeleted: boolean;
  /** When the discussion was created (from the snapshot): a suggestion period runs from then. */
  discussionCreatedAt: string | null;
  /** Option key → link to its option comment. */
  optionLinks: Record<string, string>;
  proposal: { number: number; title: string | null; url: string; state: PullRequest['state'] | null; gate: Gate | null } | null;
}

export interface PollSources {
  polls: readonly PollEntry[];
  results: readonly PollResult[];
  states: readonly PollState[];
  discussions: readonly Discussion[];
  pullRequests: readonly PullRequest[];
  site: Pick<Site, 'polls' | 'repository'>;
  /** GitHub's web address; option links elsewhere are not shown (a pull request could forge the poll files). */
  server?: string;
  now: Date;
  /** For suggestion periods still running: who could support, provisionally. */
  roster?: readonly Member[];
  accounts?: readonly Account[];
  countryOf?: CountryOf;
}

export function pollViews(src: PollSources): PollView[] {
  const results = new Map(src.results.map((r) => [r.id, r]));
  const states = new Map(src.states.map((s) => [s.id, s]));
  return src.polls
    .map((poll) => {
      const state = states.get(poll.id);
      const rules = state?.frozen.rules ?? rulesOf(poll.data, src.site.polls);
      const result = results.get(poll.id);
      const discussion = rules.discussion === null ? undefined : src.discussions.find((d) => d.number === rules.discussion);
      const optionLinks: Record<string, string> = {};
      for (const ref of state?.frozen.optionComments ?? []) {
        if (isGitHubWebUrl(ref.url, src.server ?? githubServerUrl())) optionLinks[ref.key] = ref.url;
      }
      const number = proposalOf(poll, state);
      const pr = number === undefined ? undefined : src.pullRequests.find((p) => p.number === number);
      const repoUrl = `https://github.com/${src.site.repository}`;
      return {
        id: poll.id,
        poll,
        phase: phaseAt(rules, src.now),
        opens: rules.opens,
        closes: rules.closes,
        quorum: rules.quorum,
        threshold: rules.threshold,
        scope: rules.scope,
        choices: pollChoices(poll.data, state?.frozen.suggestions),
        suggestions: suggestionsView({
          poll, state, discussion, roster: src.roster ?? [], accounts: src.accounts ?? [], countryOf: src.countryOf ?? new Map(), bot: src.site.polls.bot, now: src.now,
        }),
        result,
        state,
        discussionUrl: discussion?.url ?? (rules.discussion === null ? null : `${repoUrl}/discussions/${rules.discussion}`),
        discussionDeleted: discussion?.deletedAt !== undefined,
        discussionCreatedAt: discussion?.createdAt ?? null,
        optionLinks,
        proposal:
          number === undefined
            ? null
            : { number, title: pr?.title ?? null, url: pr?.url ?? `${repoUrl}/pull/${number}`, state: pr?.state ?? null, gate: pr ? proposalGate({ poll: poll.data, state, result, head: pr.headSha, now: src.now }) : null },
      };
    })
    .sort((a, b) => a.opens.localeCompare(b.opens));
}

/** The views that concern a chapter, a country or (ORGANIZATION) the whole organization: see scope.ts. */
export function inScopeOf(views: readonly PollView[], filter: string, countryOf: CountryOf): PollView[] {
  return views.filter((v) => concerns(v.scope, filter, countryOf));
}

export function grouped(views: readonly PollView[]) {
  return {
    open: views.filter((v) => v.phase === 'open').sort((a, b) => a.closes.localeCompare(b.closes)),
    upcoming: views.filter((v) => v.phase === 'upcoming').sort((a, b) => a.opens.localeCompare(b.opens)),
    closed: views.filter((v) => v.phase === 'closed').sort((a, b) => b.closes.localeCompare(a.closes)),
  };
}

/** One line of the decisions log and of /api/decisions.json: a closed poll and what came of it. */
export interface Decision {
  id: string;
  title: Record<string, string>;
  question: Record<string, string>;
  closes: string;
  outcome: string;
  winner: string | null;
  winnerLabel: Record<string, string> | null;
  /** Whether the proposal passed; null when the poll decides no proposal. */
  proposal: { number: number; url: string; passed: boolean } | null;
  /** Who decided: one chapter, one country, or (null) the whole organization. */
  scope: PollScope | null;
  threshold: string;
  eligible: number;
  voters: number;
  quorumMet: boolean;
  final: boolean;
  options: { key: string; votes: number }[];
  /** Double-majority polls: each chapter's voters and choice. */
  chapters?: { id: string; voters: number; winner: string | null }[];
}

export function decisions(views: readonly PollView[], languages: readonly string[], fallback: string): Decision[] {
  const all = (text: LocalizedText) => Object.fromEntries(languages.map((l) => [l, localize(text, l, fallback)]));
  return grouped(views).closed.flatMap((v) => {
    if (!v.result) return [];
    const t = v.result.tally;
    const winner = t.winner === null ? null : v.choices.find((o) => o.key === t.winner);
    return [{
      id: v.id,
      title: all(v.poll.data.title),
      question: all(v.poll.data.question),
      closes: v.closes,
      outcome: t.outcome,
      winner: t.winner,
      winnerLabel: winner ? all(winner.label) : null,
      proposal: v.proposal ? { number: v.proposal.number, url: v.proposal.url, passed: t.outcome === 'decided' && t.winner === 'yes' && v.proposal.gate?.state !== 'failure' } : null,
      scope: v.scope ? { ...v.scope } : null,
      threshold: v.threshold,
      eligible: t.eligible,
      voters: t.voters,
      quorumMet: t.quorumMet,
      final: v.result.frozen,
      options: t.options.map((o) => ({ key: o.key, votes: o.votes })),
      ...(t.chapters ? { chapters: t.chapters.map((c) => ({ id: c.id, voters: c.voters, winner: c.winner })) } : {}),
    }];
  });
}

/** An option's label as written (once or per language), suggested options included; the key itself for one the poll does not list. */
export function optionText(view: Pick<PollView, 'choices'>, key: string): LocalizedText {
  return view.choices.find((o) => o.key === key)?.label ?? key;
}

export function optionLabel(view: Pick<PollView, 'choices'>, key: string, lang: string, fallback: string): string {
  return localize(optionText(view, key), lang, fallback);
}

/** Bar geometry for the results chart, in a 0–100 scale against the largest option (at least 1). */
export function bars(options: readonly { key: string; votes: number }[]): { key: string; votes: number; width: number }[] {
  const max = Math.max(1, ...options.map((o) => o.votes));
  return options.map((o) => ({ ...o, width: Math.round((o.votes / max) * 1000) / 10 }));
}

/** Text in the reader's language when there is one, with the language it is really in (see schemas/common.ts). */
export { localizedIn as textIn } from '../../schemas/common.ts';
