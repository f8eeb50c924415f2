import type { Account, Discussion, FrozenSuggestion, Member, PollEntry, PollState } from '../../schemas/index.ts';
import { electorate } from './electorate.ts';
import type { CountryOf } from './scope.ts';
import { judgeSuggestions } from './suggestions.ts';

/**
 * What a poll page says about its suggestion period. Once voting has opened, the verdicts frozen in the state;
 * before that, the same judgement made from the last sync and today's roster, marked provisional (who may
 * support is only fixed when voting opens).
 */
export interface SuggestionsView {
  until: string;
  support: number;
  /** The period has not ended yet (at build time). */
  running: boolean;
  /** Judged from the snapshot before voting opened: the verdicts can still change. */
  provisional: boolean;
  entries: FrozenSuggestion[];
}

export interface SuggestionSources {
  poll: PollEntry;
  state: PollState | undefined;
  discussion: Discussion | undefined;
  roster: readonly Member[];
  accounts: readonly Account[];
  countryOf: CountryOf;
  bot: string;
  now: Date;
}

export function suggestionsView(src: SuggestionSources): SuggestionsView | null {
  const frozen = src.state?.frozen.suggestions;
  if (frozen) return { until: frozen.until, support: frozen.support, running: false, provisional: false, entries: frozen.entries };
  const period = src.poll.data.suggestions;
  if (!period) return null;
  const until = new Date(period.until).toISOString();
  const voters = electorate(src.roster, { opens: src.poll.data.opens, closes: src.poll.data.closes, scope: src.poll.data.scope }, src.accounts, src.countryOf);
  const entries = src.discussion && !src.discussion.deletedAt
    ? judgeSuggestions({ comments: src.discussion.comments, period, electorate: voters, options: src.poll.data.options, bot: src.bot })
    : [];
  return { until, support: period.support, running: src.now.getTime() < Date.parse(until), provisional: true, entries };
}
